import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { RetrainReport } from '../../../../shared/schemas/experience';
import type { DbOrTx } from '../../../db/client';
import {
  establishments,
  experienceComments,
  experienceCorrections,
  experienceModels,
  users,
} from '../../../db/schema';

const m = experienceModels;
const c = experienceComments;

/** Models listed on the page: the history of an establishment's retrains, newest first. */
const MODELS_LISTED = 50;
const RUNNING = ['queued', 'training'];

/** The establishment's reviewed comments, found through the (small) corrections table. */
const reviewedOf = (establishmentId: string) =>
  and(
    sql`${c.id} in (select ${experienceCorrections.commentId} from ${experienceCorrections} where ${experienceCorrections.establishmentId} = ${establishmentId})`,
    isNotNull(c.reviewedAt),
  );

export function createModelsRepository(db: DbOrTx) {
  return {
    /** Never the model itself (a few megabytes): only what the page shows. */
    list(establishmentId: string) {
      return db
        .select({
          id: m.id,
          establishmentId: m.establishmentId,
          status: m.status,
          corrections: m.corrections,
          report: m.report,
          error: m.error,
          createdBy: users.name,
          createdAt: m.createdAt,
          finishedAt: m.finishedAt,
        })
        .from(m)
        .leftJoin(users, eq(users.id, m.createdBy))
        .where(eq(m.establishmentId, establishmentId))
        .orderBy(desc(m.createdAt), desc(m.id))
        .limit(MODELS_LISTED);
    },

    async find(id: string) {
      const [row] = await db
        .select({ id: m.id, establishmentId: m.establishmentId, status: m.status })
        .from(m)
        .where(eq(m.id, id));
      return row;
    },

    async reviewedCount(establishmentId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(c)
        .where(reviewedOf(establishmentId));
      return row?.n ?? 0;
    },

    /** Locks the establishment's row so that two requests cannot both queue a retrain. */
    async lockEstablishment(establishmentId: string, tx: DbOrTx) {
      const [row] = await tx
        .select({ id: establishments.id })
        .from(establishments)
        .where(eq(establishments.id, establishmentId))
        .for('update');
      return row !== undefined;
    },

    async running(establishmentId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ id: m.id })
        .from(m)
        .where(and(eq(m.establishmentId, establishmentId), inArray(m.status, RUNNING)))
        .limit(1);
      return row !== undefined;
    },

    async insert(
      values: { establishmentId: string; corrections: number; createdBy: string; createdAt: Date },
      tx: DbOrTx = db,
    ) {
      const [row] = await tx.insert(m).values(values).returning({ id: m.id });
      if (!row) throw new Error('insert returned no row');
      return row.id;
    },

    /** The oldest retrain to do: queued, or left 'training' by a process that stopped. */
    async nextToTrain() {
      const [row] = await db
        .select({ id: m.id, establishmentId: m.establishmentId })
        .from(m)
        .where(inArray(m.status, RUNNING))
        .orderBy(asc(m.createdAt), asc(m.id))
        .limit(1);
      return row;
    },

    async markTraining(id: string) {
      await db.update(m).set({ status: 'training', error: null }).where(eq(m.id, id));
    },

    /** What a retrain learns from: the reviewed comments' redacted text and current values. */
    trainingRows(establishmentId: string) {
      return db
        .select({ text: c.text, themes: c.themes, sentiment: c.sentiment })
        .from(c)
        .where(reviewedOf(establishmentId))
        .orderBy(asc(c.id));
    },

    async finish(
      id: string,
      values: { model: Buffer; report: RetrainReport; corrections: number; finishedAt: Date },
    ) {
      await db
        .update(m)
        .set({ ...values, status: 'ready', error: null })
        .where(eq(m.id, id));
    },

    async fail(id: string, error: string, finishedAt: Date) {
      await db.update(m).set({ status: 'failed', error, finishedAt }).where(eq(m.id, id));
    },

    /**
     * The establishment's comments nobody reviewed go back to the analysis job (with their
     * redacted text: redacting again changes nothing). Returns the months they belong to, with
     * how many comments each.
     */
    requeueUnreviewed(establishmentId: string, tx: DbOrTx = db) {
      return tx
        .update(c)
        .set({ analysedAt: null, rawText: sql`${c.text}` })
        .where(
          and(
            eq(c.establishmentId, establishmentId),
            isNull(c.reviewedAt),
            isNotNull(c.analysedAt),
          ),
        )
        .returning({ month: c.month });
    },
  };
}
export type ModelsRepository = ReturnType<typeof createModelsRepository>;
