import { sql } from 'drizzle-orm';
import type { AnalysedSegment } from '../../../../shared/schemas/experience';
import type { Db, DbOrTx } from '../../../db/client';

// What the analysis job reads and writes: the queue of pending comments (the partial index
// experience_comments_pending_idx), their analysis, and the imports that are finished.

export interface PendingComment {
  id: number;
  establishmentId: string;
  /** The text as received (or the stored text, when a comment is queued again). */
  input: string;
}

export interface StoredAnalysis {
  id: number;
  /** Redacted text: the only version of the comment that stays. */
  text: string;
  themes: string[];
  sentiment: string | null;
  segments: AnalysedSegment[];
  modelId: string | null;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export function createAnalysisRepository(db: Db) {
  return {
    /** The oldest pending comments, in id order. */
    async pending(limit: number): Promise<PendingComment[]> {
      return rowsOf<PendingComment>(
        await db.execute(sql`
          SELECT id::float8 AS id, establishment_id::text AS "establishmentId",
            coalesce(raw_text, text) AS input
          FROM experience_comments WHERE analysed_at IS NULL ORDER BY id LIMIT ${limit}`),
      ).map((row) => ({ ...row, id: Number(row.id) }));
    },

    /**
     * Writes the analyses and clears the raw texts, in one statement; skips comments analysed
     * meanwhile. Returns the ids it switched from pending to analysed.
     */
    async save(analyses: readonly StoredAnalysis[], now: Date, tx: DbOrTx): Promise<number[]> {
      if (analyses.length === 0) return [];
      const payload = analyses.map((a) => ({
        id: a.id,
        text: a.text,
        themes: a.themes,
        sentiment: a.sentiment,
        segments: a.segments,
        model_id: a.modelId,
      }));
      const result = await tx.execute(sql`
        UPDATE experience_comments c SET
          text = v.text, raw_text = NULL,
          themes = ARRAY(SELECT jsonb_array_elements_text(v.themes)),
          sentiment = v.sentiment, segments = v.segments, model_id = v.model_id,
          analysed_at = ${now.toISOString()}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb)
          AS v(id bigint, text text, themes jsonb, sentiment text, segments jsonb, model_id uuid)
        WHERE c.id = v.id AND c.analysed_at IS NULL
        RETURNING c.id::float8 AS id`);
      return rowsOf<{ id: number | string }>(result).map((row) => Number(row.id));
    },

    /** Imports whose rows are all in and whose comments are all analysed are done. */
    async finishImports(now: Date) {
      await db.execute(sql`
        UPDATE experience_imports i SET status = 'done', finished_at = ${now.toISOString()}::timestamptz
        WHERE i.status = 'analysing' AND NOT EXISTS (
          SELECT 1 FROM experience_comments c WHERE c.import_id = i.id AND c.analysed_at IS NULL)`);
    },
  };
}
export type AnalysisRepository = ReturnType<typeof createAnalysisRepository>;
