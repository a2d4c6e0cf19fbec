import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const establishments = pgTable('establishments', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  finess: text('finess').notNull().unique(),
  sector: text('sector').notNull(),
  department: text('department').notNull(),
  region: text('region').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
