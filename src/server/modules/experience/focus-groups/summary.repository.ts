import { and, arrayContains, desc, eq, gte, isNotNull, lte, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { experienceComments, experienceThemes } from '../../../db/schema';

const c = experienceComments;

export interface SummaryFilters {
  establishmentId: string;
  theme?: string;
  sentiment?: string;
  from?: string;
  to?: string;
}

export function createSummaryRepository(db: Db) {
  return {
    /**
     * The most recent analysed comments matching the filters. Only the redacted text: the text
     * as received (`raw_text`) never leaves the database.
     */
    async recentComments(filters: SummaryFilters, limit: number) {
      const rows = await db
        .select({ text: c.text })
        .from(c)
        .where(
          and(
            eq(c.establishmentId, filters.establishmentId),
            isNotNull(c.analysedAt),
            ne(c.text, ''),
            filters.theme ? arrayContains(c.themes, [filters.theme]) : undefined,
            filters.sentiment ? eq(c.sentiment, filters.sentiment) : undefined,
            filters.from ? gte(c.receivedOn, filters.from) : undefined,
            filters.to ? lte(c.receivedOn, filters.to) : undefined,
          ),
        )
        .orderBy(desc(c.receivedOn), desc(c.id))
        .limit(limit);
      return rows.map((r) => r.text);
    },

    async themeLabel(code: string) {
      const [row] = await db
        .select({ label: experienceThemes.labelFr })
        .from(experienceThemes)
        .where(eq(experienceThemes.code, code));
      return row?.label ?? null;
    },
  };
}
export type SummaryRepository = ReturnType<typeof createSummaryRepository>;
