import { and, asc, count, eq, isNull, max } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { establishments, experienceComments, experienceSources } from '../../../db/schema';

// Kiosks are experience_sources rows of kind 'kiosk'; their answers are experience_comments
// rows whose dedup key is `kiosk:<answer id>` (the id made on the tablet).

const s = experienceSources;
const c = experienceComments;
export const KIOSK_KIND = 'kiosk';

export type KioskRow = typeof experienceSources.$inferSelect;
export type KioskWithCounts = KioskRow & { answers: number; lastAnswerAt: Date | null };
export type AnswerWrite = Pick<
  typeof experienceComments.$inferInsert,
  | 'establishmentId'
  | 'sourceId'
  | 'dedupKey'
  | 'receivedOn'
  | 'month'
  | 'service'
  | 'rawText'
  | 'scores'
  | 'helped'
>;

const activeKiosk = (where: ReturnType<typeof eq>) =>
  and(where, eq(s.kind, KIOSK_KIND), isNull(s.retiredAt));

export function createKioskRepository(db: Db) {
  return {
    /** The establishment's kiosks in service, with how many answers each brought in. */
    async list(establishmentId: string): Promise<KioskWithCounts[]> {
      const answers = db
        .select({
          sourceId: c.sourceId,
          answers: count().as('answers'),
          lastAnswerAt: max(c.createdAt).as('last_answer_at'),
        })
        .from(c)
        .where(eq(c.establishmentId, establishmentId))
        .groupBy(c.sourceId)
        .as('kiosk_answers');
      const rows = await db
        .select({ kiosk: s, answers: answers.answers, lastAnswerAt: answers.lastAnswerAt })
        .from(s)
        .leftJoin(answers, eq(answers.sourceId, s.id))
        .where(activeKiosk(eq(s.establishmentId, establishmentId)))
        .orderBy(asc(s.name), asc(s.createdAt));
      return rows.map((r) => ({
        ...r.kiosk,
        answers: Number(r.answers ?? 0),
        // max() over a timestamp comes back as text from some drivers.
        lastAnswerAt: r.lastAnswerAt ? new Date(r.lastAnswerAt) : null,
      }));
    },

    async counts(sourceId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ answers: count(), lastAnswerAt: max(c.createdAt) })
        .from(c)
        .where(eq(c.sourceId, sourceId));
      return {
        answers: Number(row?.answers ?? 0),
        lastAnswerAt: row?.lastAnswerAt ? new Date(row.lastAnswerAt) : null,
      };
    },

    async findActive(id: string, tx: DbOrTx = db): Promise<KioskRow | undefined> {
      const [row] = await tx
        .select()
        .from(s)
        .where(activeKiosk(eq(s.id, id)));
      return row;
    },

    /** The kiosk behind a tablet's address, with its establishment's name (retired: none). */
    async findByToken(token: string) {
      const [row] = await db
        .select({ kiosk: s, establishmentName: establishments.name })
        .from(s)
        .innerJoin(establishments, eq(establishments.id, s.establishmentId))
        .where(activeKiosk(eq(s.kioskToken, token)));
      return row;
    },

    async establishmentExists(id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: establishments.id })
        .from(establishments)
        .where(eq(establishments.id, id));
      return row !== undefined;
    },

    async insert(
      values: { establishmentId: string; name: string; service: string; token: string },
      createdBy: string,
      tx: DbOrTx = db,
    ): Promise<KioskRow> {
      const [row] = await tx
        .insert(s)
        .values({
          establishmentId: values.establishmentId,
          kind: KIOSK_KIND,
          name: values.name,
          service: values.service,
          kioskToken: values.token,
          createdBy,
        })
        .returning();
      return row!;
    },

    async setToken(id: string, token: string, tx: DbOrTx = db): Promise<KioskRow | undefined> {
      const [row] = await tx
        .update(s)
        .set({ kioskToken: token })
        .where(activeKiosk(eq(s.id, id)))
        .returning();
      return row;
    },

    /** Retires the kiosk: its address stops working (the token is dropped), answers stay. */
    async retire(id: string, at: Date, tx: DbOrTx = db): Promise<boolean> {
      const rows = await tx
        .update(s)
        .set({ retiredAt: at, kioskToken: null })
        .where(activeKiosk(eq(s.id, id)))
        .returning({ id: s.id });
      return rows.length > 0;
    },

    /** Stores one answer; false when an answer with the same id had already arrived. */
    async insertAnswer(values: AnswerWrite): Promise<boolean> {
      const rows = await db
        .insert(c)
        .values(values)
        .onConflictDoNothing({ target: [c.establishmentId, c.dedupKey] })
        .returning({ id: c.id });
      return rows.length > 0;
    },
  };
}
export type KioskRepository = ReturnType<typeof createKioskRepository>;
