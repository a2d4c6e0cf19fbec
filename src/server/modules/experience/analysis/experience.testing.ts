// Fixtures for the patient-experience tests (not a test file itself): comments straight into the
// database, as an import or a kiosk would leave them (pending, with their raw text), or already
// analysed with given themes and sentiment (to test figures against hand-computed ones).
import { randomUUID } from 'node:crypto';
import type { AnalysedSegment, SourceKind } from '../../../../shared/schemas/experience';
import type { DbOrTx } from '../../../db/client';
import { experienceComments, experienceSources } from '../../../db/schema';
import { createStatsRefresher, type StatsKey } from './stats';

export interface CommentFixture {
  text?: string;
  /** ISO date, e.g. 2025-03-14. */
  receivedOn: string;
  service?: string;
  stayType?: string;
  scores?: Record<string, number>;
  /** Analysed comments only (see insertAnalysedComments). */
  themes?: string[];
  sentiment?: string | null;
  segments?: AnalysedSegment[];
  reviewed?: boolean;
}

export interface CommentsTarget {
  establishmentId: string;
  /** An existing source; by default a file source is created (or `sourceKind`'s). */
  sourceId?: string;
  sourceKind?: SourceKind;
  /** The import the comments came from. */
  importId?: string;
  rows: CommentFixture[];
}

export async function makeSource(
  db: DbOrTx,
  establishmentId: string,
  kind: SourceKind = 'file',
  name = kind === 'file' ? 'Enquête de sortie' : 'Borne du hall',
) {
  const [source] = await db
    .insert(experienceSources)
    .values({ establishmentId, kind, name })
    .returning({ id: experienceSources.id });
  return source!.id;
}

async function insert(db: DbOrTx, target: CommentsTarget, analysedAt: Date | null) {
  const sourceId =
    target.sourceId ?? (await makeSource(db, target.establishmentId, target.sourceKind));
  if (target.rows.length === 0) return { sourceId, ids: [] as number[] };
  const rows = await db
    .insert(experienceComments)
    .values(
      target.rows.map((row) => ({
        establishmentId: target.establishmentId,
        sourceId,
        importId: target.importId ?? null,
        dedupKey: randomUUID(),
        receivedOn: row.receivedOn,
        month: `${row.receivedOn.slice(0, 7)}-01`,
        service: row.service ?? '',
        stayType: row.stayType ?? '',
        scores: row.scores ?? {},
        ...(analysedAt
          ? {
              text: row.text ?? '',
              analysedAt,
              themes: row.themes ?? [],
              sentiment: row.sentiment ?? null,
              segments: row.segments ?? [],
              reviewedAt: row.reviewed ? analysedAt : null,
            }
          : { rawText: row.text ?? '' }),
      })),
    )
    .returning({ id: experienceComments.id });
  return { sourceId, ids: rows.map((r) => r.id) };
}

/** Pending comments (raw text kept), as an import leaves them for the analysis job. */
export const insertComments = (db: DbOrTx, target: CommentsTarget) => insert(db, target, null);

/**
 * Comments already analysed with the given themes and sentiment (text stored as given), then
 * the monthly figures of their months recomputed.
 */
export async function insertAnalysedComments(db: DbOrTx, target: CommentsTarget) {
  const inserted = await insert(db, target, new Date());
  const keys: StatsKey[] = target.rows.map((row) => ({
    establishmentId: target.establishmentId,
    month: `${row.receivedOn.slice(0, 7)}-01`,
  }));
  await createStatsRefresher(db).refresh(keys);
  return inserted;
}
