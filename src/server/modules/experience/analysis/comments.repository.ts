import {
  and,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { CommentFilters } from '../../../../shared/schemas/experience';
import type { Db } from '../../../db/client';
import { frenchQuery } from '../../../db/french-search';
import { experienceComments, experienceSources, experienceThemes } from '../../../db/schema';

// The comments behind the figures (drill-down and exports), always within one establishment:
// the (establishment_id, received_on, id) index serves the order and the keyset pages, the GIN
// indexes serve the theme and the text search. The raw text is never read here.

const c = experienceComments;
const s = experienceSources;

function filtersOf(db: Db, f: CommentFilters): SQL {
  const sentiment =
    f.sentiment === 'aucun'
      ? isNull(c.sentiment)
      : f.sentiment
        ? eq(c.sentiment, f.sentiment)
        : undefined;
  const reviewed =
    f.reviewed === 'true'
      ? isNotNull(c.reviewedAt)
      : f.reviewed === 'false'
        ? isNull(c.reviewedAt)
        : undefined;
  return and(
    eq(c.establishmentId, f.establishmentId),
    f.service !== undefined ? eq(c.service, f.service) : undefined,
    f.from ? gte(c.receivedOn, f.from) : undefined,
    f.to ? lte(c.receivedOn, f.to) : undefined,
    f.theme ? sql`${c.themes} @> ARRAY[${f.theme}]::text[]` : undefined,
    sentiment,
    // A comment sent back to the analysis keeps its former themes until analysed again: like
    // the figures, filters on the analysis only see analysed comments.
    f.theme || f.sentiment ? isNotNull(c.analysedAt) : undefined,
    f.sourceId ? eq(c.sourceId, f.sourceId) : undefined,
    f.sourceKind
      ? inArray(
          c.sourceId,
          db
            .select({ id: s.id })
            .from(s)
            .where(and(eq(s.establishmentId, f.establishmentId), eq(s.kind, f.sourceKind))),
        )
      : undefined,
    // The same expression as the index experience_comments_search_idx, so that it is used.
    f.q ? sql`to_tsvector('french', ${c.text}) @@ ${frenchQuery(f.q)}` : undefined,
    reviewed,
  )!;
}

const commentColumns = {
  id: c.id,
  establishmentId: c.establishmentId,
  receivedOn: c.receivedOn,
  service: c.service,
  stayType: c.stayType,
  sourceId: s.id,
  sourceKind: s.kind,
  sourceName: s.name,
  text: c.text,
  analysedAt: c.analysedAt,
  sentiment: c.sentiment,
  themes: c.themes,
  segments: c.segments,
  scores: c.scores,
  helped: c.helped,
  reviewedAt: c.reviewedAt,
};

/** Where the next keyset page starts: after this (received_on, id), in descending order. */
export interface ExportCursor {
  receivedOn: string;
  id: number;
}

export function createCommentsRepository(db: Db) {
  const select = () =>
    db.select(commentColumns).from(c).innerJoin(s, eq(s.id, c.sourceId)).$dynamic();

  return {
    async page(filters: CommentFilters, { page, pageSize }: { page: number; pageSize: number }) {
      const where = filtersOf(db, filters);
      const [rows, [total]] = await Promise.all([
        select()
          .where(where)
          .orderBy(desc(c.receivedOn), desc(c.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ value: count() }).from(c).where(where),
      ]);
      return { rows, total: total?.value ?? 0 };
    },

    /** One page of analysed comments for an export, newest first, after `cursor`. */
    exportPage(filters: CommentFilters, cursor: ExportCursor | null, limit: number) {
      return select()
        .where(
          and(
            filtersOf(db, filters),
            isNotNull(c.analysedAt),
            cursor
              ? sql`(${c.receivedOn}, ${c.id}) < (${cursor.receivedOn}::date, ${cursor.id})`
              : undefined,
          ),
        )
        .orderBy(desc(c.receivedOn), desc(c.id))
        .limit(limit);
    },

    /**
     * The closed questions of the establishment's comments in the filtered period (from the
     * monthly figures: cheap, and at worst a column more than the rows need).
     */
    async questions(filters: CommentFilters): Promise<string[]> {
      const result = await db.execute(sql`
        SELECT DISTINCT q.question FROM experience_score_stats q
        WHERE q.establishment_id = ${filters.establishmentId}::uuid
          AND q.service = ${filters.service ?? '*'}
          ${filters.from ? sql`AND q.month >= date_trunc('month', ${filters.from}::date)::date` : sql``}
          ${filters.to ? sql`AND q.month <= ${filters.to}::date` : sql``}
        ORDER BY 1`);
      return (result as unknown as { rows: { question: string }[] }).rows.map((r) => r.question);
    },

    themeLabels() {
      return db
        .select({
          code: experienceThemes.code,
          fr: experienceThemes.labelFr,
          en: experienceThemes.labelEn,
        })
        .from(experienceThemes);
    },

    async establishmentExists(id: string) {
      const result = await db.execute(sql`SELECT 1 FROM establishments WHERE id = ${id}::uuid`);
      return (result as unknown as { rows: unknown[] }).rows.length > 0;
    },
  };
}
export type CommentsRepository = ReturnType<typeof createCommentsRepository>;
export type CommentRow = Awaited<ReturnType<CommentsRepository['page']>>['rows'][number];
