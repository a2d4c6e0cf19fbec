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

// Each searchable thing is turned into one French tsvector. Threads, replies and reports use the
// exact expressions of their GIN indexes (see the schema), so PostgreSQL can answer from the index.
interface Scope {
  /** Subquery of the ids of the communities the searcher may open. */
  access: SQL;
  /** Condition: the searcher is a member (or pilot) of the community whose id column is given. */
  member: (communityId: string) => SQL;
  pilot: (communityId: string) => SQL;
}

const SOURCES: Record<SearchKind, (scope: Scope) => SQL> = {
  community: ({ access }) => sql`
    select 'community' as kind, c.id::text as id, c.title, c.slug, c.title as community_title,
      null::text as parent_id, c.updated_at as date,
      c.title || ' ' || c.tagline || ' ' || c.context || ' ' || c.objectives::text || ' ' ||
        c.objectives_note || ' ' || c.definition || ' ' || c.modalities as body
    from communities c where c.id in (${access})`,
  resource: ({ access }) => sql`
    select 'resource', r.slug, r.title, c.slug, c.title, null, null::timestamptz,
      r.title || ' ' || r.subtitle || ' ' || r.body
    from community_resources r join communities c on c.id = r.community_id
    where c.id in (${access})`,
  thread: ({ access, member }) => sql`
    select 'thread', t.id::text, t.title, c.slug, c.title, null, t.created_at, t.title || ' ' || t.body
    from community_threads t join communities c on c.id = t.community_id
    where c.id in (${access}) and (${member('c.id')})`,
  post: ({ access, member }) => sql`
    select 'post', p.id::text, t.title, c.slug, c.title, t.id::text, p.created_at, p.body
    from community_posts p join community_threads t on t.id = p.thread_id
      join communities c on c.id = t.community_id
    where c.id in (${access}) and (${member('c.id')})`,
  report: ({ access, member }) => sql`
    select 'report', r.id::text, r.title, c.slug, c.title, null, r.created_at,
      r.title || ' ' || r.establishment_name || ' ' || r.what_was_done || ' ' || r.with_whom ||
        ' ' || r.results || ' ' || r.lessons
    from community_reports r join communities c on c.id = r.community_id
    where c.id in (${access}) and (r.visibility = 'public' or ${member('c.id')})`,
  document: ({ access, member, pilot }) => sql`
    select 'document', d.id::text, d.title, c.slug, c.title, null, d.created_at, d.title
    from community_documents d join communities c on c.id = d.community_id
    where c.id in (${access}) and (d.visibility = 'public'
      or (d.visibility = 'members' and ${member('c.id')})
      or (d.visibility = 'pilots' and ${pilot('c.id')}))`,
};

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
      const kinds = filters.kind ? [filters.kind] : (Object.keys(SOURCES) as SearchKind[]);
      const union = sql.join(
        kinds.map((kind) => SOURCES[kind]({ access, member, pilot })),
        sql` union all `,
      );
      const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
      const result = await db.execute(sql`
        with query as (select ${frenchQuery(filters.q)} as q),
        hits as (
          select s.*, ts_rank(to_tsvector('french', s.body), query.q) as rank, count(*) over () as total
          from (${union}) as s(kind, id, title, slug, community_title, parent_id, date, body), query
          where to_tsvector('french', s.body) @@ query.q
          order by rank desc, date desc nulls last, id
          limit ${filters.pageSize} offset ${(filters.page - 1) * filters.pageSize}
        )
        select hits.kind, hits.id, hits.title, hits.slug, hits.community_title, hits.parent_id,
          hits.date, hits.total, ts_headline('french', hits.body, query.q, ${options}) as snippet
        from hits, query
        order by hits.rank desc, hits.date desc nulls last, hits.id`);
      return (result as unknown as { rows: SearchRow[] }).rows;
    },
  };
}
export type SearchRepository = ReturnType<typeof createSearchRepository>;
