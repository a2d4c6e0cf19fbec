import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';

// The monthly figures behind the dashboards (experience_stats, experience_score_stats): per
// establishment, month and service ('*' = every service), the number of analysed comments per
// theme ('*' = every comment) and sentiment ('aucun' when the model gave none), and the sums of
// the closed-question scores. Dashboards read only these tables, never the comments.
//
// Two ways to keep them right, both set-based (one statement for many establishment-months):
// - `refresh` recomputes whole establishment-months from the comments (after a review, a merge);
// - `addAnalysed` adds the comments the analysis job has just analysed (cheap: proportional to
//   the batch, not to the month, which matters when a month holds tens of thousands of comments).
// Both take a transaction-scoped advisory lock per establishment-month, so that a recomputation
// and an addition of the same month never interleave (each would otherwise miss or double the
// other's comments).

/** An establishment and a month ('2025-03-01') whose figures must be recomputed. */
export interface StatsKey {
  establishmentId: string;
  month: string;
}

export interface StatsRefresher {
  /**
   * Recomputes the figures of these establishment-months from the comments (idempotent). Call it
   * after changing analysed comments (themes, sentiment, service, scores, deletion, or setting
   * `analysed_at` back to null), in the same transaction when there is one.
   */
  refresh(keys: readonly StatsKey[], tx?: DbOrTx): Promise<void>;
  /** Recomputes everything (after a taxonomy merge, or to repair), a few hundred months at a time. */
  refreshAll(): Promise<void>;
  /**
   * Adds comments that this transaction has just switched from pending to analysed (the
   * analysis job): they were not counted yet, so their figures are added, not recomputed.
   */
  addAnalysed(commentIds: readonly number[], tx: DbOrTx): Promise<void>;
}

/** How many establishment-months one statement of `refreshAll` recomputes. */
const REFRESH_ALL_CHUNK = 200;

const keyList = (keys: readonly StatsKey[]) =>
  sql`(SELECT DISTINCT k.e, k.m FROM jsonb_to_recordset(${JSON.stringify(
    keys.map((k) => ({ e: k.establishmentId, m: k.month.slice(0, 7) + '-01' })),
  )}::jsonb) AS k(e uuid, m date))`;

/** Locks the establishment-months in a fixed order (no deadlock between two writers). */
const lockMonths = (tx: DbOrTx, months: SQL) =>
  tx.execute(sql`
    SELECT pg_advisory_xact_lock(l.h) FROM (
      SELECT DISTINCT hashtextextended(x.e::text || ':' || x.m::text, 0) AS h FROM ${months} AS x(e, m)
      ORDER BY 1) AS l`);

/** Comments to count: a FROM clause that names them `c`, and a condition on them. */
interface CommentSet {
  from: SQL;
  where: SQL;
}

/**
 * The figures of a set of comments (analysed ones only): one row per establishment, month,
 * service (the comment's and '*') and theme (each of its themes and '*'), counted per sentiment.
 */
const commentFigures = ({ from, where }: CommentSet) => sql`
  SELECT c.establishment_id, c.month, sv.service, th.theme,
    coalesce(c.sentiment, 'aucun') AS sentiment, count(*)::int AS comments
  FROM ${from}
  CROSS JOIN LATERAL (SELECT c.service UNION SELECT '*') AS sv(service)
  CROSS JOIN LATERAL (SELECT '*' UNION SELECT unnest(c.themes)) AS th(theme)
  WHERE c.analysed_at IS NOT NULL AND ${where}
  GROUP BY 1, 2, 3, 4, 5`;

/** Sums of the numeric scores of a set of comments, per establishment, month, service, question. */
const scoreFigures = ({ from, where }: CommentSet) => sql`
  SELECT c.establishment_id, c.month, sv.service, s.key AS question,
    sum((s.value)::numeric)::float8 AS total, count(*)::int AS answers
  FROM ${from}
  CROSS JOIN LATERAL (SELECT c.service UNION SELECT '*') AS sv(service)
  CROSS JOIN LATERAL jsonb_each(
    CASE WHEN jsonb_typeof(c.scores) = 'object' THEN c.scores ELSE '{}'::jsonb END) AS s
  WHERE c.analysed_at IS NOT NULL AND jsonb_typeof(s.value) = 'number' AND ${where}
  GROUP BY 1, 2, 3, 4`;

/** The comments of the given establishment-months (the range on received_on uses its index). */
const commentsOfMonths = (months: SQL): CommentSet => ({
  from: sql`${months} AS k(e, m)
    JOIN experience_comments c ON c.establishment_id = k.e
      AND c.received_on >= k.m AND c.received_on < (k.m + interval '1 month')::date`,
  where: sql`c.month = k.m`,
});

const commentsById = (ids: readonly number[]): CommentSet => ({
  from: sql`experience_comments c`,
  where: sql`c.id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::bigint)`,
});

async function recompute(tx: DbOrTx, keys: readonly StatsKey[]) {
  const months = keyList(keys);
  await lockMonths(tx, months);
  await tx.execute(sql`DELETE FROM experience_stats s USING ${months} AS k(e, m)
    WHERE s.establishment_id = k.e AND s.month = k.m`);
  await tx.execute(sql`DELETE FROM experience_score_stats s USING ${months} AS k(e, m)
    WHERE s.establishment_id = k.e AND s.month = k.m`);
  await tx.execute(sql`
    INSERT INTO experience_stats (establishment_id, month, service, theme, sentiment, comments)
    ${commentFigures(commentsOfMonths(months))}`);
  await tx.execute(sql`
    INSERT INTO experience_score_stats (establishment_id, month, service, question, total, answers)
    ${scoreFigures(commentsOfMonths(months))}`);
}

export function createStatsRefresher(db: DbOrTx): StatsRefresher {
  const inTransaction = (tx: DbOrTx | undefined, work: (tx: DbOrTx) => Promise<void>) =>
    tx ? work(tx) : db.transaction(work);

  return {
    async refresh(keys, tx) {
      if (keys.length === 0) return;
      await inTransaction(tx, (t) => recompute(t, keys));
    },

    async refreshAll() {
      const result = await db.execute(sql`
        SELECT establishment_id::text AS "establishmentId", month::text AS month
        FROM (SELECT establishment_id, month FROM experience_comments
              UNION SELECT establishment_id, month FROM experience_stats
              UNION SELECT establishment_id, month FROM experience_score_stats) AS k
        ORDER BY 1, 2`);
      const keys = (result as unknown as { rows: StatsKey[] }).rows;
      for (let i = 0; i < keys.length; i += REFRESH_ALL_CHUNK) {
        const chunk = keys.slice(i, i + REFRESH_ALL_CHUNK);
        await db.transaction((tx) => recompute(tx, chunk));
      }
    },

    async addAnalysed(commentIds, tx) {
      if (commentIds.length === 0) return;
      const comments = commentsById(commentIds);
      await lockMonths(
        tx,
        sql`(SELECT DISTINCT c.establishment_id, c.month FROM ${comments.from} WHERE ${comments.where})`,
      );
      await tx.execute(sql`
        INSERT INTO experience_stats (establishment_id, month, service, theme, sentiment, comments)
        ${commentFigures(comments)}
        ON CONFLICT (establishment_id, month, service, theme, sentiment)
        DO UPDATE SET comments = experience_stats.comments + excluded.comments`);
      await tx.execute(sql`
        INSERT INTO experience_score_stats (establishment_id, month, service, question, total, answers)
        ${scoreFigures(comments)}
        ON CONFLICT (establishment_id, month, service, question)
        DO UPDATE SET total = experience_score_stats.total + excluded.total,
          answers = experience_score_stats.answers + excluded.answers`);
    },
  };
}
