import { and, asc, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { ReportListQuery, ReportValues } from '../../../shared/schemas/community-reports';
import type { Db } from '../../db/client';
import { frenchQuery } from '../../db/french-search';
import { paginate } from '../../db/paginate';
import { communities, communityReports, establishments, users } from '../../db/schema';
import { likePattern } from '../users/users.repository';

export type ReportRow = typeof communityReports.$inferSelect;

const r = communityReports;

/**
 * The French full-text match. The document expression is the one of the
 * `community_reports_search_idx` GIN index, so that PostgreSQL can use it.
 */
function matches(q: string) {
  return sql`to_tsvector('french', ${r.title} || ' ' || ${r.establishmentName} || ' ' || ${r.whatWasDone} || ' ' || ${r.withWhom} || ' ' || ${r.results} || ' ' || ${r.lessons}) @@ ${frenchQuery(q)}`;
}

function filtersOf(query: ReportListQuery): SQL[] {
  const filters: SQL[] = [];
  if (query.q) filters.push(matches(query.q));
  if (query.sector) filters.push(eq(r.sector, query.sector));
  if (query.theme) filters.push(eq(r.theme, query.theme));
  if (query.partnershipLevel) filters.push(eq(r.partnershipLevel, query.partnershipLevel));
  if (query.establishment)
    filters.push(ilike(r.establishmentName, likePattern(query.establishment)));
  return filters;
}

const selection = {
  report: r,
  author: { id: users.id, name: users.name },
  community: { slug: communities.slug, title: communities.title },
};

export function createReportsRepository(db: Db) {
  const select = () =>
    db
      .select(selection)
      .from(r)
      .innerJoin(communities, eq(communities.id, r.communityId))
      .leftJoin(users, eq(users.id, r.authorId));

  /** One page of reports matching `scope` and the query's filters. */
  function page(scope: SQL[], query: ReportListQuery, order: SQL[]) {
    const where = and(...scope, ...filtersOf(query));
    const rows = select()
      .where(where)
      .orderBy(...order, asc(r.id))
      .$dynamic();
    return paginate(db, rows, { table: r, where }, query);
  }

  return {
    /** A community's reports: all of them, or only the published ones. */
    list(communityId: string, publishedOnly: boolean, query: ReportListQuery) {
      const scope = [eq(r.communityId, communityId)];
      if (publishedOnly) scope.push(eq(r.visibility, 'public'));
      return page(scope, query, [desc(r.createdAt)]);
    },

    /** Published reports of public communities, across the platform. */
    listPublished(query: ReportListQuery) {
      const publicCommunities = db
        .select({ id: communities.id })
        .from(communities)
        .where(eq(communities.isPublic, true));
      const scope = [eq(r.visibility, 'public'), inArray(r.communityId, publicCommunities)];
      return page(scope, query, [sql`${r.publishedAt} desc nulls last`]);
    },

    async find(communityId: string, id: string) {
      const [found] = await select().where(and(eq(r.communityId, communityId), eq(r.id, id)));
      return found;
    },

    async insert(values: ReportValues & { communityId: string; authorId: string }) {
      const [row] = await db.insert(r).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async update(id: string, values: ReportValues) {
      await db
        .update(r)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(r.id, id));
    },

    async setVisibility(id: string, visibility: string, publishedAt: Date | null) {
      await db.update(r).set({ visibility, publishedAt }).where(eq(r.id, id));
    },

    async delete(id: string) {
      await db.delete(r).where(eq(r.id, id));
    },

    async establishmentExists(id: string) {
      const [found] = await db
        .select({ id: establishments.id })
        .from(establishments)
        .where(eq(establishments.id, id));
      return found !== undefined;
    },
  };
}
export type ReportsRepository = ReturnType<typeof createReportsRepository>;
