import { and, count, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { ImportMapping } from '../../../../shared/schemas/experience';
import type { Db } from '../../../db/client';
import { paginate } from '../../../db/paginate';
import {
  establishments,
  experienceComments,
  experienceImports,
  experienceSources,
  userEstablishments,
  users,
} from '../../../db/schema';

const i = experienceImports;
const s = experienceSources;
const c = experienceComments;

export type ImportRecord = typeof experienceImports.$inferSelect;
export type ImportRow = ImportRecord & { sourceName: string; createdByName: string | null };
export type SourceRecord = typeof experienceSources.$inferSelect;
/** A comment as the import job inserts it (the analysis job fills the rest). */
export interface NewComment {
  establishment_id: string;
  source_id: string;
  import_id: string;
  dedup_key: string;
  received_on: string;
  month: string;
  service: string;
  stay_type: string;
  /** The text as received; the analysis job redacts it into `text` and clears this. */
  raw_text: string;
  scores: Record<string, number>;
}

const importColumns = { record: i, sourceName: s.name, createdByName: users.name };
const flatten = (row: { record: ImportRecord; sourceName: string; createdByName: string | null }) =>
  ({ ...row.record, sourceName: row.sourceName, createdByName: row.createdByName }) as ImportRow;

/** What the job resets when it (re)starts reading a file from its beginning. */
const freshRun = () => ({
  bytesRead: 0,
  rowsRead: 0,
  rowsInserted: 0,
  rowsDuplicate: 0,
  rowsRejected: 0,
  rejections: [],
  error: null,
});

export function createImportsRepository(db: Db) {
  const selectImports = () =>
    db
      .select(importColumns)
      .from(i)
      .innerJoin(s, eq(s.id, i.sourceId))
      .leftJoin(users, eq(users.id, i.createdBy));

  return {
    async findImport(id: string): Promise<ImportRow | undefined> {
      const [row] = await selectImports().where(eq(i.id, id));
      return row && flatten(row);
    },

    async listImports(establishmentId: string, window: { page: number; pageSize: number }) {
      const where = eq(i.establishmentId, establishmentId);
      const query = selectImports().where(where).orderBy(desc(i.createdAt), desc(i.id)).$dynamic();
      const { rows, total } = await paginate(db, query, { table: i, where }, window);
      return { rows: rows.map(flatten), total };
    },

    /** Of each import's comments, how many the analysis job has done. */
    async analysedCounts(importIds: string[]): Promise<Map<string, number>> {
      if (importIds.length === 0) return new Map();
      const rows = await db
        .select({ importId: c.importId, analysed: count(c.analysedAt) })
        .from(c)
        .where(inArray(c.importId, importIds))
        .groupBy(c.importId);
      return new Map(rows.map((r) => [r.importId ?? '', Number(r.analysed)]));
    },

    async insertImport(values: typeof experienceImports.$inferInsert): Promise<string> {
      const [row] = await db.insert(i).values(values).returning({ id: i.id });
      if (!row) throw new Error('insert returned no row');
      return row.id;
    },

    /** Updates an import, only while it is in one of `statuses` when given; false otherwise. */
    async updateImport(
      id: string,
      values: Partial<typeof experienceImports.$inferInsert>,
      statuses?: string[],
    ): Promise<boolean> {
      const rows = await db
        .update(i)
        .set(values)
        .where(and(eq(i.id, id), statuses ? inArray(i.status, statuses) : undefined))
        .returning({ id: i.id });
      return rows.length > 0;
    },

    async deleteUploaded(id: string): Promise<boolean> {
      const rows = await db
        .delete(i)
        .where(and(eq(i.id, id), eq(i.status, 'uploaded')))
        .returning({ id: i.id });
      return rows.length > 0;
    },

    /** Marks uploads left without a mapping since `before` as expired; returns their files. */
    async expireUploads(before: Date, now: Date): Promise<string[]> {
      const rows = await db
        .update(i)
        .set({ status: 'failed', error: 'expired', finishedAt: now })
        .where(and(eq(i.status, 'uploaded'), lt(i.createdAt, before)))
        .returning({ storedPath: i.storedPath });
      return rows.map((r) => r.storedPath);
    },

    /**
     * Takes the oldest import waiting for the job, or one a stopped process was reading (it
     * starts again from the beginning: the comments' dedup keys make that harmless).
     */
    async claimNext(): Promise<ImportRecord | undefined> {
      const [row] = await db
        .update(i)
        .set({ ...freshRun(), status: 'importing', startedAt: new Date() })
        .where(
          eq(
            i.id,
            sql`(select ${i.id} from ${i} where ${i.status} in ('queued', 'importing')
                 order by ${i.createdAt}, ${i.id} limit 1 for update skip locked)`,
          ),
        )
        .returning();
      return row;
    },

    /**
     * Inserts comments, skipping those already there (same establishment and dedup key). The
     * batch travels as one JSON parameter: thousands of bound values cost PGlite ~4× more.
     */
    async insertComments(rows: NewComment[]): Promise<number> {
      if (rows.length === 0) return 0;
      const result = await db.execute(sql`
        insert into ${c} (establishment_id, source_id, import_id, dedup_key, received_on, month,
                          service, stay_type, raw_text, text, scores)
        select r.establishment_id, r.source_id, r.import_id, r.dedup_key, r.received_on, r.month,
               r.service, r.stay_type, r.raw_text, '', r.scores
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
          establishment_id uuid, source_id uuid, import_id uuid, dedup_key text, received_on date,
          month date, service text, stay_type text, raw_text text, scores jsonb)
        on conflict (establishment_id, dedup_key) do nothing
        returning id`);
      return (result as unknown as { rows: unknown[] }).rows.length;
    },

    async countComments(importId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(c).where(eq(c.importId, importId));
      return Number(row?.n ?? 0);
    },

    establishmentExists: async (id: string) =>
      (
        await db
          .select({ id: establishments.id })
          .from(establishments)
          .where(eq(establishments.id, id))
      ).length > 0,

    /** Every establishment's FINESS and name (files may name the establishment of each row). */
    establishmentDirectory: () =>
      db
        .select({ id: establishments.id, name: establishments.name, finess: establishments.finess })
        .from(establishments),

    /** What the person who started an import may import into (the job has no session). */
    async importRights(userId: string | null) {
      if (!userId) return null;
      const [user] = await db
        .select({ platformRole: users.platformRole })
        .from(users)
        .where(eq(users.id, userId));
      if (!user) return null;
      const links = await db
        .select({ id: userEstablishments.establishmentId })
        .from(userEstablishments)
        .where(
          and(
            eq(userEstablishments.userId, userId),
            eq(userEstablishments.role, 'quality_manager'),
          ),
        );
      return { admin: user.platformRole === 'admin', managed: new Set(links.map((l) => l.id)) };
    },

    async findSource(id: string): Promise<SourceRecord | undefined> {
      const [row] = await db.select().from(s).where(eq(s.id, id));
      return row;
    },

    async findFileSourceByName(establishmentId: string, name: string) {
      const [row] = await db
        .select()
        .from(s)
        .where(
          and(
            eq(s.establishmentId, establishmentId),
            eq(s.kind, 'file'),
            isNull(s.retiredAt),
            sql`lower(${s.name}) = lower(${name})`,
          ),
        )
        .limit(1);
      return row;
    },

    async insertFileSource(values: { establishmentId: string; name: string; createdBy: string }) {
      const [row] = await db
        .insert(s)
        .values({ ...values, kind: 'file' })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async setSourceMapping(id: string, mapping: ImportMapping) {
      await db.update(s).set({ mapping }).where(eq(s.id, id));
    },

    /** Removes a file source nobody used (created by an upload that was then cancelled). */
    async removeUnusedSource(id: string) {
      await db
        .delete(s)
        .where(
          and(
            eq(s.id, id),
            isNull(s.mapping),
            sql`not exists (select 1 from ${i} where ${i.sourceId} = ${s.id})`,
            sql`not exists (select 1 from ${c} where ${c.sourceId} = ${s.id})`,
          ),
        );
    },

    fileSources(establishmentId: string) {
      return db
        .select({
          id: s.id,
          name: s.name,
          hasMapping: sql<boolean>`${s.mapping} is not null`,
          imports: count(i.id),
        })
        .from(s)
        .leftJoin(i, eq(i.sourceId, s.id))
        .where(and(eq(s.establishmentId, establishmentId), eq(s.kind, 'file'), isNull(s.retiredAt)))
        .groupBy(s.id)
        .orderBy(s.name);
    },
  };
}

export type ImportsRepository = ReturnType<typeof createImportsRepository>;
