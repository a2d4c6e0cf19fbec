import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  experienceActions,
  experienceComments,
  experienceCorrections,
  experienceFindings,
  experienceFocusGroups,
  experienceSources,
  experienceStats,
} from '../db/schema';
import type { Database } from '../db/client';
import { createTestDatabase } from '../../../test/support/test-database';
import { seedDemo } from './seed-demo';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
}, 120_000);
afterAll(() => database.close());

describe('demo patient experience', () => {
  it('holds a few thousand analysed comments over 18 months, with no personal data left', async () => {
    const db = database.db;
    const [totals] = await db
      .select({
        comments: sql<number>`count(*)::int`,
        pending: sql<number>`count(*) FILTER (WHERE ${experienceComments.analysedAt} IS NULL)::int`,
        raw: sql<number>`count(${experienceComments.rawText})::int`,
        months: sql<number>`count(DISTINCT ${experienceComments.month})::int`,
        establishments: sql<number>`count(DISTINCT ${experienceComments.establishmentId})::int`,
        services: sql<number>`count(DISTINCT ${experienceComments.service})::int`,
      })
      .from(experienceComments);
    expect(totals).toEqual({
      comments: 3_000,
      pending: 0,
      raw: 0,
      months: 18,
      establishments: 5,
      services: 9,
    });
    // The generator slips in made-up e-mails and phone numbers: the analysis masked them all.
    const leaks = await db
      .select({ text: experienceComments.text })
      .from(experienceComments)
      .where(sql`${experienceComments.text} ~ '@|[0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}'`);
    expect(leaks).toEqual([]);
    const masked = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(experienceComments)
      .where(sql`${experienceComments.text} LIKE '%[TELEPHONE]%'`);
    expect(masked[0]!.n).toBeGreaterThan(0);
  });

  it('has figures that match the comments, reviewed comments, kiosks and a focus group', async () => {
    const db = database.db;
    const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(experienceComments);
    const [summed] = await db
      .select({ n: sql<number>`sum(${experienceStats.comments})::int` })
      .from(experienceStats)
      .where(and(eq(experienceStats.service, '*'), eq(experienceStats.theme, '*')));
    expect(summed!.n).toBe(counted!.n);

    const corrections = await db.select().from(experienceCorrections);
    expect(corrections.length).toBe(16);
    expect(corrections.every((c) => c.correctedBy !== null)).toBe(true);
    const kiosks = await db
      .select()
      .from(experienceSources)
      .where(eq(experienceSources.kind, 'kiosk'));
    expect(kiosks).toHaveLength(2);
    expect(kiosks.every((k) => (k.kioskToken ?? '').length >= 20)).toBe(true);

    const [group] = await db.select().from(experienceFocusGroups);
    expect(group?.pathway).toBe('urgences');
    expect(group?.participants.every((p) => !('name' in p))).toBe(true);
    const findings = await db
      .select()
      .from(experienceFindings)
      .where(eq(experienceFindings.focusGroupId, group!.id));
    expect(findings).toHaveLength(4);
    const actions = await db.select().from(experienceActions);
    expect(actions).toHaveLength(2);
    expect(actions.every((a) => a.findingId !== null)).toBe(true);
  });

  it('is loaded once', async () => {
    expect(await seedDemo(database.db)).toBe(false);
    const pending = await database.db
      .select({ id: experienceComments.id })
      .from(experienceComments)
      .where(isNull(experienceComments.analysedAt));
    expect(pending).toEqual([]);
  });
});
