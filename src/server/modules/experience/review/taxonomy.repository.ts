import { asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client';
import {
  experienceActions,
  experienceComments,
  experienceCorrections,
  experienceFindings,
  experienceThemes,
} from '../../../db/schema';

const th = experienceThemes;
const c = experienceComments;
export type ThemeRow = typeof experienceThemes.$inferSelect;

export interface ThemeCount {
  code: string;
  comments: number;
  reviewed: number;
}

/**
 * `codes` with `from` replaced by `into`, each code once, in the order they first appear
 * (a comment may already carry `into`).
 */
const replacedCodes = (column: AnyPgColumn, from: string, into: string) =>
  sql`array(select u.x from unnest(array_replace(${column}, ${from}::text, ${into}::text)) with ordinality as u(x, i) group by u.x order by min(u.i))`;

/**
 * The segments of a comment with the theme `from` renamed `into` (a segment that already had
 * `into` drops `from`), so highlights keep working without knowing about the merge.
 */
const replacedSegments = (from: string, into: string) => sql`coalesce((
  select jsonb_agg(
    case when s ? 'themes' then jsonb_set(s, '{themes}', coalesce((
      select jsonb_agg(
        case when t->>'code' = ${from}::text then jsonb_set(t, '{code}', to_jsonb(${into}::text)) else t end
        order by k)
      from jsonb_array_elements(s->'themes') with ordinality as e(t, k)
      where not (t->>'code' = ${from}::text and (s->'themes') @> jsonb_build_array(jsonb_build_object('code', ${into}::text)))
    ), '[]'::jsonb)) else s end
    order by j)
  from jsonb_array_elements(${c.segments}) with ordinality as g(s, j)
), '[]'::jsonb)`;

/** Segments mentioning the theme (a reviewed comment may have lost it from its themes). */
const segmentsMention = (code: string) =>
  sql`${c.segments} @> jsonb_build_array(jsonb_build_object('themes', jsonb_build_array(jsonb_build_object('code', ${code}::text))))`;

export function createTaxonomyRepository(db: DbOrTx) {
  return {
    list(tx: DbOrTx = db) {
      return tx.select().from(th).orderBy(asc(th.position), asc(th.code));
    },

    async find(code: string, tx: DbOrTx = db) {
      const [row] = await tx.select().from(th).where(eq(th.code, code));
      return row;
    },

    /**
     * Comments carrying each theme now, and reviewed ones among them. One pass over the
     * comments (unnest + group by): a query per theme would scan the GIN index 16+ times.
     */
    async counts(tx: DbOrTx = db): Promise<ThemeCount[]> {
      const [all, reviewed] = await Promise.all([
        tx
          .select({ code: sql<string>`u.code`, n: sql<number>`count(*)::int` })
          .from(sql`${c}, unnest(${c.themes}) as u(code)`)
          .groupBy(sql`u.code`),
        // Reviewed comments are found through the (small) corrections table.
        tx
          .select({ code: sql<string>`u.code`, n: sql<number>`count(*)::int` })
          .from(sql`${c}, unnest(${c.themes}) as u(code)`)
          .where(
            sql`${c.id} in (select ${experienceCorrections.commentId} from ${experienceCorrections}) and ${isNotNull(c.reviewedAt)}`,
          )
          .groupBy(sql`u.code`),
      ]);
      const byCode = new Map<string, ThemeCount>();
      for (const r of all) byCode.set(r.code, { code: r.code, comments: r.n, reviewed: 0 });
      for (const r of reviewed) {
        const found = byCode.get(r.code);
        if (found) found.reviewed = r.n;
      }
      return [...byCode.values()];
    },

    async nextPosition(tx: DbOrTx = db) {
      const [row] = await tx
        .select({ next: sql<number>`coalesce(max(${th.position}), 0)::int + 1` })
        .from(th);
      return row?.next ?? 1;
    },

    async insert(
      values: {
        code: string;
        labelFr: string;
        labelEn: string;
        description: string;
        position: number;
      },
      tx: DbOrTx = db,
    ) {
      const inserted = await tx
        .insert(th)
        .values(values)
        .onConflictDoNothing({ target: th.code })
        .returning({ code: th.code });
      return inserted.length > 0;
    },

    async update(
      code: string,
      values: Partial<{
        labelFr: string;
        labelEn: string;
        description: string;
        position: number;
        retiredAt: Date | null;
        mergedInto: string | null;
      }>,
      tx: DbOrTx = db,
    ) {
      await tx
        .update(th)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(th.code, code));
    },

    /**
     * Moves everything tagged `from` to `into`: comments (themes and segments), focus-group
     * findings, actions, and themes merged earlier into `from`. Returns the comments changed.
     * Corrections are history and keep the codes they were made with.
     */
    async reassign(from: string, into: string, tx: DbOrTx = db) {
      const comments = await tx
        .update(c)
        .set({
          themes: replacedCodes(c.themes, from, into),
          segments: replacedSegments(from, into),
        })
        .where(sql`${c.themes} @> array[${from}::text] or ${segmentsMention(from)}`)
        .returning({ id: c.id });
      await tx
        .update(experienceFindings)
        .set({ themes: replacedCodes(experienceFindings.themes, from, into) })
        .where(sql`${experienceFindings.themes} @> array[${from}::text]`);
      await tx
        .update(experienceActions)
        .set({ theme: into, updatedAt: new Date() })
        .where(eq(experienceActions.theme, from));
      await tx
        .update(th)
        .set({ mergedInto: into, updatedAt: new Date() })
        .where(eq(th.mergedInto, from));
      return comments.length;
    },
  };
}
export type TaxonomyRepository = ReturnType<typeof createTaxonomyRepository>;
