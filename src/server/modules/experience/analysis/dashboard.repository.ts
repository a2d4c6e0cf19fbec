import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';

// What the dashboards read: the monthly figures only (experience_stats, experience_score_stats),
// grouped by the database; a few thousand grouped rows at most reach the service, whatever the
// number of comments. The one look at the comments is the count of pending ones (partial index).

/** Whose figures: one establishment, the establishments of a region, or the whole platform. */
export type DashboardScope =
  | { kind: 'establishment'; establishmentId: string }
  | { kind: 'region'; region: string }
  | { kind: 'platform' };

/** Months as 'YYYY-MM'; both ends included. */
export interface MonthRange {
  from: string;
  to: string;
}

export interface FigureRow {
  month: string;
  theme: string;
  sentiment: string;
  comments: number;
}

export interface ScoreRow {
  question: string;
  /** True for the period, false for the previous period. */
  current: boolean;
  total: number;
  answers: number;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const firstDay = (month: string) => `${month}-01`;

function scopeFilter(scope: DashboardScope, column: SQL): SQL {
  switch (scope.kind) {
    case 'establishment':
      return sql`${column} = ${scope.establishmentId}::uuid`;
    case 'region':
      return sql`${column} IN (SELECT e.id FROM establishments e WHERE e.region = ${scope.region})`;
    case 'platform':
      return sql`true`;
  }
}

const inMonths = ({ from, to }: MonthRange) =>
  sql`s.month >= ${firstDay(from)}::date AND s.month <= ${firstDay(to)}::date`;

export function createDashboardRepository(db: Db) {
  return {
    async establishment(id: string) {
      const [row] = rowsOf<{ name: string; region: string }>(
        await db.execute(sql`SELECT name, region FROM establishments WHERE id = ${id}::uuid`),
      );
      return row ?? null;
    },

    /** The latest month with analysed comments, 'YYYY-MM', or null. */
    async latestMonth(scope: DashboardScope): Promise<string | null> {
      const [row] = rowsOf<{ month: string | null }>(
        await db.execute(sql`SELECT to_char(max(s.month), 'YYYY-MM') AS month
          FROM experience_stats s WHERE ${scopeFilter(scope, sql`s.establishment_id`)}`),
      );
      return row?.month ?? null;
    },

    /** Comments per month, theme ('*' = all) and sentiment, for one service or '*'. */
    async figures(scope: DashboardScope, service: string, months: MonthRange) {
      return rowsOf<FigureRow>(
        await db.execute(sql`
          SELECT to_char(s.month, 'YYYY-MM') AS month, s.theme, s.sentiment,
            sum(s.comments)::int AS comments
          FROM experience_stats s
          WHERE ${scopeFilter(scope, sql`s.establishment_id`)} AND s.service = ${service}
            AND ${inMonths(months)}
          GROUP BY s.month, s.theme, s.sentiment`),
      );
    },

    /** Comments per theme and sentiment over the months (region comparisons: no month grain). */
    async totals(scope: DashboardScope, service: string, months: MonthRange) {
      return rowsOf<Omit<FigureRow, 'month'>>(
        await db.execute(sql`
          SELECT s.theme, s.sentiment, sum(s.comments)::int AS comments
          FROM experience_stats s
          WHERE ${scopeFilter(scope, sql`s.establishment_id`)} AND s.service = ${service}
            AND ${inMonths(months)}
          GROUP BY s.theme, s.sentiment`),
      );
    },

    /** How many establishments of the scope have analysed comments (of the service) in the months. */
    async establishmentsWithComments(scope: DashboardScope, service: string, months: MonthRange) {
      const [row] = rowsOf<{ n: number }>(
        await db.execute(sql`
          SELECT count(DISTINCT s.establishment_id)::int AS n FROM experience_stats s
          WHERE ${scopeFilter(scope, sql`s.establishment_id`)} AND s.service = ${service}
            AND s.theme = '*' AND ${inMonths(months)}`),
      );
      return row?.n ?? 0;
    },

    /** Analysed comments per service (every service of the scope, whatever the filter). */
    async services(scope: DashboardScope, months: MonthRange) {
      return rowsOf<{ service: string; comments: number }>(
        await db.execute(sql`
          SELECT s.service, sum(s.comments)::int AS comments FROM experience_stats s
          WHERE ${scopeFilter(scope, sql`s.establishment_id`)} AND s.theme = '*'
            AND s.service <> '*' AND ${inMonths(months)}
          GROUP BY s.service`),
      );
    },

    /** Score sums per question, for the period (`current`) and the previous period. */
    async scores(scope: DashboardScope, service: string, previous: MonthRange, period: MonthRange) {
      return rowsOf<ScoreRow>(
        await db.execute(sql`
          SELECT s.question, s.month >= ${firstDay(period.from)}::date AS current,
            sum(s.total)::float8 AS total, sum(s.answers)::int AS answers
          FROM experience_score_stats s
          WHERE ${scopeFilter(scope, sql`s.establishment_id`)} AND s.service = ${service}
            AND s.month >= ${firstDay(previous.from)}::date AND s.month <= ${firstDay(period.to)}::date
          GROUP BY 1, 2`),
      );
    },

    /** Comments of the scope still waiting for the analysis job. */
    async pending(scope: DashboardScope, service: string | null) {
      const [row] = rowsOf<{ n: number }>(
        await db.execute(sql`
          SELECT count(*)::int AS n FROM experience_comments c
          WHERE c.analysed_at IS NULL AND ${scopeFilter(scope, sql`c.establishment_id`)}
            ${service === null ? sql`` : sql`AND c.service = ${service}`}`),
      );
      return row?.n ?? 0;
    },
  };
}
export type DashboardRepository = ReturnType<typeof createDashboardRepository>;
