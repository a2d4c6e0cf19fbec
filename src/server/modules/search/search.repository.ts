import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { frenchQuery } from '../../db/french-search';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchKind } from '../../../shared/schemas/search';

export interface Searcher {
  /** null for a visitor. */
  userId: string | null;
  isAdmin: boolean;
}

export interface SearchFilters {
  q: string;
  kind?: SearchKind;
  community?: string;
  page: number;
  pageSize: number;
}

export interface SearchRow {
  kind: SearchKind;
  id: string;
  title: string;
  snippet: string;
  slug: string;
  community_title: string;
  parent_id: string | null;
  date: Date | string | null;
  total: number | string;
}

// Each searchable thing is one French tsvector (`document`). The match is made inside each source
// with that expression, which for questions, replies and reports is the exact expression of their
// GIN index (see the schema): PostgreSQL then reads the index instead of parsing every text.
interface Scope {
  /** Subquery of the ids of the communities the searcher may open. */
  access: SQL;
  /** Condition: the searcher is a member (or pilot) of the community whose id column is given. */
  member: (communityId: string) => SQL;
  pilot: (communityId: string) => SQL;
}

interface Source {
  /** kind, id, title, slug, community_title, parent_id, date — in this order. */
  columns: SQL;
  document: SQL;
  /** The searched table and its alias; `document` reads its columns only. */
  table: string;
  alias: string;
  joins: SQL;
  where: (scope: Scope) => SQL;
}

const SOURCES: Record<SearchKind, Source> = {
  community: {
    columns: sql`'community', c.id::text, c.title, c.slug, c.title, null::text, c.updated_at`,
    document: sql`c.title || ' ' || c.tagline || ' ' || c.context || ' ' || c.objectives::text || ' ' ||
      c.objectives_note || ' ' || c.definition || ' ' || c.modalities`,
    table: 'communities',
    alias: 'c',
    joins: sql``,
    where: ({ access }) => sql`c.id in (${access})`,
  },
  resource: {
    columns: sql`'resource', r.slug, r.title, c.slug, c.title, null, null::timestamptz`,
    document: sql`r.title || ' ' || r.subtitle || ' ' || r.body`,
    table: 'community_resources',
    alias: 'r',
    joins: sql`join communities c on c.id = r.community_id`,
    where: ({ access }) => sql`c.id in (${access})`,
  },
  thread: {
    columns: sql`'thread', t.id::text, t.title, c.slug, c.title, null, t.created_at`,
    document: sql`t.title || ' ' || t.body`,
    table: 'community_threads',
    alias: 't',
    joins: sql`join communities c on c.id = t.community_id`,
    where: ({ access, member }) => sql`c.id in (${access}) and (${member('c.id')})`,
  },
  post: {
    columns: sql`'post', p.id::text, t.title, c.slug, c.title, t.id::text, p.created_at`,
    document: sql`p.body`,
    table: 'community_posts',
    alias: 'p',
    joins: sql`join community_threads t on t.id = p.thread_id
      join communities c on c.id = t.community_id`,
    where: ({ access, member }) => sql`c.id in (${access}) and (${member('c.id')})`,
  },
  report: {
    columns: sql`'report', r.id::text, r.title, c.slug, c.title, null, r.created_at`,
    document: sql`r.title || ' ' || r.establishment_name || ' ' || r.what_was_done || ' ' ||
      r.with_whom || ' ' || r.results || ' ' || r.lessons`,
    table: 'community_reports',
    alias: 'r',
    joins: sql`join communities c on c.id = r.community_id`,
    where: ({ access, member }) =>
      sql`c.id in (${access}) and (r.visibility = 'public' or ${member('c.id')})`,
  },
  document: {
    columns: sql`'document', d.id::text, d.title, c.slug, c.title, null, d.created_at`,
    document: sql`d.title`,
    table: 'community_documents',
    alias: 'd',
    joins: sql`join communities c on c.id = d.community_id`,
    where: ({ access, member, pilot }) => sql`c.id in (${access}) and (d.visibility = 'public'
      or (d.visibility = 'members' and ${member('c.id')})
      or (d.visibility = 'pilots' and ${pilot('c.id')}))`,
  },
};

/**
 * One source's matching rows, with their text and rank. The text match runs first, alone on its
 * table (`offset 0` keeps the planner from folding it into the joins): it reads the GIN index
 * whatever the table statistics say (PGlite has no autovacuum to gather them).
 */
function matching({ columns, document, table, alias, joins, where }: Source, scope: Scope, q: SQL) {
  const vector = sql`to_tsvector('french', ${document})`;
  const [from, as] = [sql.raw(table), sql.raw(alias)];
  return sql`select ${columns}, ${document}, ts_rank(${vector}, ${q})
    from (select ${as}.* from ${from} ${as} where ${vector} @@ ${q} offset 0) ${as} ${joins}
    where ${where(scope)}`;
}

export function createSearchRepository(db: DbOrTx) {
  return {
    async search(searcher: Searcher, filters: SearchFilters) {
      const uid = searcher.userId;
      const admin = searcher.isAdmin;
      const member = (c: string) =>
        admin
          ? sql`true`
          : sql`exists (select 1 from community_members m
              where m.community_id = ${sql.raw(c)} and m.user_id = ${uid}::uuid)`;
      const pilot = (c: string) =>
        admin
          ? sql`true`
          : sql`exists (select 1 from community_members m where m.community_id = ${sql.raw(c)}
              and m.user_id = ${uid}::uuid and m.role = 'pilot')`;
      // The communities this searcher may open: public ones, their own, or all for an admin.
      const access = sql`select v.id from communities v where (v.is_public or ${member('v.id')})
        ${filters.community ? sql`and v.slug = ${filters.community}` : sql``}`;
      // Discussions are for members: a visitor's search does not even look at them.
      const kinds = (filters.kind ? [filters.kind] : (Object.keys(SOURCES) as SearchKind[])).filter(
        (kind) => uid !== null || admin || (kind !== 'thread' && kind !== 'post'),
      );
      if (kinds.length === 0) return [];
      const query = frenchQuery(filters.q);
      const union = sql.join(
        kinds.map((kind) => matching(SOURCES[kind], { access, member, pilot }, query)),
        sql` union all `,
      );
      const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
      const result = await db.execute(sql`
        with hits as (
          select s.*, count(*) over () as total
          from (${union}) as s(kind, id, title, slug, community_title, parent_id, date, body, rank)
          order by rank desc, date desc nulls last, id
          limit ${filters.pageSize} offset ${(filters.page - 1) * filters.pageSize}
        )
        select hits.kind, hits.id, hits.title, hits.slug, hits.community_title, hits.parent_id,
          hits.date, hits.total, ts_headline('french', hits.body, ${query}, ${options}) as snippet
        from hits
        order by hits.rank desc, hits.date desc nulls last, hits.id`);
      return (result as unknown as { rows: SearchRow[] }).rows;
    },
  };
}
export type SearchRepository = ReturnType<typeof createSearchRepository>;
