import type { SessionUser } from '../../../shared/schemas/auth';
import type { SearchHit, SearchQuery, SearchResults } from '../../../shared/schemas/search';
import { isAdmin } from '../../lib/authz';
import { inlinePlainText } from '../../lib/markdown';
import type { SearchRepository, SearchRow } from './search.repository';

/** Where each kind of hit opens in the web app. */
function linkOf(row: SearchRow): string {
  const base = `/communautes/${row.slug}`;
  switch (row.kind) {
    case 'community':
      return base;
    case 'resource':
      return `${base}/ressources/${row.id}`;
    case 'thread':
      return `${base}/discussions/${row.id}`;
    case 'post':
      return `${base}/discussions/${row.parent_id}#reponse-${row.id}`;
    case 'report':
      return `${base}/retours-experience/${row.id}`;
    case 'document':
      return `/api/communities/${row.slug}/documents/${row.id}/download`;
  }
}

/** Snippets are cut from Markdown sources: they are shown as plain text, marks removed. */
const plainSnippet = (snippet: string) =>
  inlinePlainText(snippet)
    .replace(/\*\*|__|(^|\s)[#>]+\s/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

const iso = (date: SearchRow['date']) => (date === null ? null : new Date(date).toISOString());

/**
 * One search box over what a person may read: community pages and their resources for everyone
 * (public communities) or members, discussions for members, reports and documents by visibility.
 */
export function createSearchService({ repo }: { repo: SearchRepository }) {
  return {
    async search(actor: SessionUser | null, query: SearchQuery): Promise<SearchResults> {
      const rows = await repo.search(
        { userId: actor?.id ?? null, isAdmin: actor !== null && isAdmin(actor) },
        query,
      );
      const items: SearchHit[] = rows.map((row) => ({
        kind: row.kind,
        id: row.id,
        title: row.title,
        snippet: plainSnippet(row.snippet),
        community: { slug: row.slug, title: row.community_title },
        link: linkOf(row),
        date: iso(row.date),
      }));
      return {
        items,
        total: Number(rows[0]?.total ?? 0),
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
