import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { establishments } from './establishments';
import { users } from './users';

interface Pilot {
  name: string;
  phone: string | null;
  email: string | null;
}
interface Contributor {
  name: string;
  role: string | null;
  organisation: string | null;
}
interface Partner {
  name: string;
  url: string | null;
}
interface Deliverable {
  title: string;
  status: string;
  url: string | null;
}

const emptyArray = sql`'[]'::jsonb`;

/** A community of practice and its page, edited as one document by its pilots. */
export const communities = pgTable('communities', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  tagline: text('tagline').notNull().default(''),
  status: text('status').notNull().default('active'),
  isPublic: boolean('is_public').notNull().default(true),
  context: text('context').notNull().default(''),
  objectives: jsonb('objectives').$type<string[]>().notNull().default(emptyArray),
  objectivesNote: text('objectives_note').notNull().default(''),
  definition: text('definition').notNull().default(''),
  definitionSource: text('definition_source').notNull().default(''),
  audienceSectors: text('audience_sectors')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  audienceRoles: text('audience_roles')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  pilots: jsonb('pilots').$type<Pilot[]>().notNull().default(emptyArray),
  contributors: jsonb('contributors').$type<Contributor[]>().notNull().default(emptyArray),
  partners: jsonb('partners').$type<Partner[]>().notNull().default(emptyArray),
  deliverables: jsonb('deliverables').$type<Deliverable[]>().notNull().default(emptyArray),
  modalities: text('modalities').notNull().default(''),
  /** Secret of the subscribable iCalendar feed; pilots can rotate it. */
  calendarToken: text('calendar_token')
    .notNull()
    .default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const communityMembers = pgTable(
  'community_members',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default('member'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.userId] }), index().on(t.userId)],
);

/** Working sub-groups of a community (e.g. sanitaire / médico-social), with their own members. */
export const communitySubgroups = pgTable(
  'community_subgroups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.communityId, t.name)],
);

/** Sub-group members are members of the community; leaving it removes them (service). */
export const communitySubgroupMembers = pgTable(
  'community_subgroup_members',
  {
    subgroupId: uuid('subgroup_id')
      .notNull()
      .references(() => communitySubgroups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.subgroupId, t.userId] }), index().on(t.userId)],
);

export const communityMeetings = pgTable(
  'community_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** A meeting of one sub-group only (null: the whole community). */
    subgroupId: uuid('subgroup_id').references(() => communitySubgroups.id, {
      onDelete: 'set null',
    }),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    mode: text('mode').notNull().default('a_definir'),
    link: text('link'),
    place: text('place'),
    agenda: text('agenda').notNull().default(''),
    minutes: text('minutes').notNull().default(''),
    /** Set when the day-before reminder went out, so that it goes out once. */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.communityId, t.startsAt)],
);

/** "Pour aller plus loin" cards, each with its own page. */
export const communityResources = pgTable(
  'community_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    subtitle: text('subtitle').notNull().default(''),
    body: text('body').notNull().default(''),
    url: text('url'),
    position: integer('position').notNull().default(0),
  },
  (t) => [unique().on(t.communityId, t.slug)],
);

/** A request to join a community, decided by one of its pilots. */
export const communityJoinRequests = pgTable(
  'community_join_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    message: text('message').notNull().default(''),
    status: text('status').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index().on(t.communityId, t.status),
    // One pending request per person and community.
    uniqueIndex('community_join_requests_one_pending')
      .on(t.communityId, t.userId)
      .where(sql`${t.status} = 'pending'`),
  ],
);

export const communityMeetingAttendance = pgTable(
  'community_meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => communityMeetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** present | excuse | absent */
    status: text('status').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

/** Shared questions (questionnements communs) of a community, for its members. */
export const communityThreads = pgTable(
  'community_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** A question of one sub-group (null: the whole community); like its meetings, readable by all members. */
    subgroupId: uuid('subgroup_id').references(() => communitySubgroups.id, {
      onDelete: 'set null',
    }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The reply a pilot marked as the community's synthesis. */
    synthesisPostId: uuid('synthesis_post_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.communityId, t.lastActivityAt),
    index('community_threads_search_idx').using(
      'gin',
      sql`to_tsvector('french', ${t.title} || ' ' || ${t.body})`,
    ),
  ],
);

export const communityPosts = pgTable(
  'community_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => communityThreads.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.threadId, t.createdAt),
    index('community_posts_search_idx').using('gin', sql`to_tsvector('french', ${t.body})`),
  ],
);

/** Documents of a community; each upload of a new file is a version. */
export const communityDocuments = pgTable('community_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  communityId: uuid('community_id')
    .notNull()
    .references(() => communities.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  /** public | members | pilots */
  visibility: text('visibility').notNull().default('members'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const communityDocumentVersions = pgTable(
  'community_document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => communityDocuments.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.documentId, t.version)],
);

/**
 * Experience reports (retours d'expérience): what an establishment did with its users, how far the
 * partnership went, what came of it. Members read them; the author may publish one beyond the community.
 */
export const communityReports = pgTable(
  'community_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    establishmentId: uuid('establishment_id').references(() => establishments.id, {
      onDelete: 'set null',
    }),
    /** Kept as written when the establishment is not (or no longer) on the platform. */
    establishmentName: text('establishment_name').notNull(),
    sector: text('sector').notNull(),
    /** One of PARTNERSHIP_DOMAINS. */
    theme: text('theme').notNull(),
    title: text('title').notNull(),
    whatWasDone: text('what_was_done').notNull(),
    withWhom: text('with_whom').notNull().default(''),
    /** One of PARTNERSHIP_LEVELS. */
    partnershipLevel: text('partnership_level').notNull(),
    results: text('results').notNull().default(''),
    lessons: text('lessons').notNull().default(''),
    /** A contact the author chose to give (shown to members only). */
    contact: text('contact').notNull().default(''),
    /** community | public */
    visibility: text('visibility').notNull().default('community'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.communityId, t.createdAt),
    index('community_reports_search_idx').using(
      'gin',
      sql`to_tsvector('french', ${t.title} || ' ' || ${t.establishmentName} || ' ' || ${t.whatWasDone} || ' ' || ${t.withWhom} || ' ' || ${t.results} || ' ' || ${t.lessons})`,
    ),
  ],
);

/** Documents attached to an experience report (they live in the community's documents). */
export const communityReportAttachments = pgTable(
  'community_report_attachments',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => communityReports.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => communityDocuments.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.documentId] })],
);

/** Documents attached to a meeting (slides, minutes annexes); they live in the community's documents. */
export const communityMeetingDocuments = pgTable(
  'community_meeting_documents',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => communityMeetings.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => communityDocuments.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.documentId] })],
);
