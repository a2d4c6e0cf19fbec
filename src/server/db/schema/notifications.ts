import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communities } from './communities';
import { users } from './users';

/**
 * In-app notifications (mentions, replies, meeting invitations…). The daily digest e-mail gathers
 * the ones not yet read nor sent, then stamps `digestedAt` so that each goes out once.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** One of NOTIFICATION_KINDS. */
    kind: text('kind').notNull(),
    communityId: uuid('community_id').references(() => communities.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** What the notification is about: titles and ids needed to word it and link to it. */
    data: jsonb('data').$type<Record<string, string>>().notNull().default({}),
    /** Path inside the web app, e.g. /communautes/slug/discussions/id. */
    link: text('link').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    digestedAt: timestamp('digested_at', { withTimezone: true }),
  },
  (t) => [index().on(t.userId, t.createdAt), index().on(t.digestedAt, t.readAt)],
);
