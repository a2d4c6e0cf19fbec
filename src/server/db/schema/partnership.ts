import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  date,
} from 'drizzle-orm/pg-core';
import { communities } from './communities';
import { establishments } from './establishments';
import { users } from './users';

// Partnership workshops (issue 6): per establishment, a professional and a user representative
// (a binôme) write their expectations privately, rate the partnership level of each domain
// independently, then agree a shared position. Individual answers never leave the binôme.

/**
 * The grid of domains, edited by administrators. The defaults (PARTNERSHIP_DOMAINS) are inserted
 * by a migration with their code; domains added later have no code. A retired domain keeps its
 * past ratings but is no longer offered.
 */
export const partnershipDomains = pgTable('partnership_domains', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** One of PARTNERSHIP_DOMAINS for the defaults, null for domains added by an administrator. */
  code: text('code').unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const partnershipWorkshops = pgTable(
  'partnership_workshops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** visio | presentiel (WORKSHOP_MODES) */
    mode: text('mode').notNull(),
    place: text('place'),
    link: text('link'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** When the facilitator revealed the expectations and preconceptions to each binôme. */
    revealedAt: timestamp('revealed_at', { withTimezone: true }),
    /** A closed workshop is read-only for its binômes. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.startsAt)],
);

/** Communities invited to a workshop: their members see it in the list. */
export const partnershipWorkshopCommunities = pgTable(
  'partnership_workshop_communities',
  {
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => partnershipWorkshops.id, { onDelete: 'cascade' }),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.communityId] })],
);

/** One professional and one user representative of the same establishment, in one workshop. */
export const partnershipBinomes = pgTable(
  'partnership_binomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => partnershipWorkshops.id, { onDelete: 'cascade' }),
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    /** Null once the person deleted their account: the binôme's shared work stays. */
    professionalId: uuid('professional_id').references(() => users.id, { onDelete: 'set null' }),
    /** Null once the person deleted their account: the binôme's shared work stays. */
    representativeId: uuid('representative_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.workshopId, t.professionalId),
    unique().on(t.workshopId, t.representativeId),
    index().on(t.establishmentId),
    index().on(t.professionalId),
    index().on(t.representativeId),
  ],
);

/** What one member of a binôme wrote privately; visible to the partner after the reveal only. */
export const partnershipExpectations = pgTable(
  'partnership_expectations',
  {
    binomeId: uuid('binome_id')
      .notNull()
      .references(() => partnershipBinomes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** professional | representative (BINOME_SIDES) */
    side: text('side').notNull(),
    expectations: text('expectations').notNull().default(''),
    preconceptions: text('preconceptions').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.binomeId, t.userId] })],
);

/** One member's own rating of a domain; the partner sees it once both have submitted theirs. */
export const partnershipRatings = pgTable(
  'partnership_ratings',
  {
    binomeId: uuid('binome_id')
      .notNull()
      .references(() => partnershipBinomes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    domainId: uuid('domain_id')
      .notNull()
      .references(() => partnershipDomains.id, { onDelete: 'cascade' }),
    /** PARTNERSHIP_LEVELS */
    currentLevel: text('current_level').notNull(),
    targetLevel: text('target_level').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.binomeId, t.userId, t.domainId] })],
);

/** When each member submitted their ratings (both needed before the side-by-side view). */
export const partnershipRatingSubmissions = pgTable(
  'partnership_rating_submissions',
  {
    binomeId: uuid('binome_id')
      .notNull()
      .references(() => partnershipBinomes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.binomeId, t.userId] })],
);

/** The position the binôme agreed for a domain: the only ratings that leave the binôme. */
export const partnershipPositions = pgTable(
  'partnership_positions',
  {
    binomeId: uuid('binome_id')
      .notNull()
      .references(() => partnershipBinomes.id, { onDelete: 'cascade' }),
    domainId: uuid('domain_id')
      .notNull()
      .references(() => partnershipDomains.id, { onDelete: 'cascade' }),
    currentLevel: text('current_level').notNull(),
    targetLevel: text('target_level').notNull(),
    comment: text('comment').notNull().default(''),
    agreedBy: uuid('agreed_by').references(() => users.id, { onDelete: 'set null' }),
    agreedAt: timestamp('agreed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.binomeId, t.domainId] })],
);

/** The value the partnership brought (plus-values), told as a short story by the binôme. */
export const partnershipStories = pgTable(
  'partnership_stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    binomeId: uuid('binome_id')
      .notNull()
      .references(() => partnershipBinomes.id, { onDelete: 'cascade' }),
    domainId: uuid('domain_id').references(() => partnershipDomains.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    story: text('story').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.binomeId)],
);

/**
 * Actions decided from a gap between the current and the target level. They live in the workshop
 * until the action-plan module exists.
 */
export const partnershipActions = pgTable(
  'partnership_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    binomeId: uuid('binome_id')
      .notNull()
      .references(() => partnershipBinomes.id, { onDelete: 'cascade' }),
    domainId: uuid('domain_id').references(() => partnershipDomains.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    /** Who carries it, as the binôme wrote it (a role rather than a name is advised). */
    owner: text('owner').notNull().default(''),
    dueOn: date('due_on'),
    /** ACTION_STATUSES */
    status: text('status').notNull().default('a_faire'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.binomeId)],
);
