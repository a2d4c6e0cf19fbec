import { and, asc, eq, gte, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { CommunityListQuery } from '../../../shared/schemas/communities';
import type { Db } from '../../db/client';
import { paginate } from '../../db/paginate';
import {
  communities,
  communityMeetings,
  communityMembers,
  communityResources,
} from '../../db/schema';
import { likePattern } from '../users/users.repository';

export type CommunityRow = typeof communities.$inferSelect;
export type CommunityValues = Omit<
  typeof communities.$inferInsert,
  'id' | 'createdAt' | 'updatedAt'
>;

const memberCount = sql<number>`(select count(*)::int from ${communityMembers} where ${communityMembers.communityId} = ${communities.id})`;
const nextMeetingAt = sql<
  Date | string | null
>`(select min(${communityMeetings.startsAt}) from ${communityMeetings} where ${communityMeetings.communityId} = ${communities.id} and ${communityMeetings.startsAt} >= now())`;

export function createCommunitiesRepository(db: Db) {
  return {
    /**
     * The directory. `visibleTo` limits non-public communities to the given user's own
     * (null: visitor, public ones only; 'all': administrators).
     */
    async list(query: CommunityListQuery, visibleTo: string | null | 'all') {
      const filters: SQL[] = [];
      if (visibleTo !== 'all') {
        const own =
          visibleTo === null
            ? undefined
            : sql`exists (select 1 from ${communityMembers} where ${communityMembers.communityId} = ${communities.id} and ${communityMembers.userId} = ${visibleTo})`;
        filters.push(
          own ? (or(eq(communities.isPublic, true), own) as SQL) : eq(communities.isPublic, true),
        );
      }
      if (query.q) {
        const pattern = likePattern(query.q);
        const match = or(ilike(communities.title, pattern), ilike(communities.tagline, pattern));
        if (match) filters.push(match);
      }
      if (query.sector) filters.push(sql`${query.sector} = any(${communities.audienceSectors})`);
      if (query.role) filters.push(sql`${query.role} = any(${communities.audienceRoles})`);
      if (query.status) filters.push(eq(communities.status, query.status));
      const where = filters.length > 0 ? and(...filters) : undefined;
      const page = db
        .select({ row: communities, memberCount, nextMeetingAt })
        .from(communities)
        .where(where)
        .orderBy(asc(communities.title), asc(communities.id))
        .$dynamic();
      return paginate(db, page, { table: communities, where }, query);
    },

    async findBySlug(slug: string) {
      const [found] = await db
        .select({ row: communities, memberCount })
        .from(communities)
        .where(eq(communities.slug, slug));
      return found;
    },

    async roleOf(communityId: string, userId: string): Promise<string | null> {
      const [found] = await db
        .select({ role: communityMembers.role })
        .from(communityMembers)
        .where(
          and(eq(communityMembers.communityId, communityId), eq(communityMembers.userId, userId)),
        );
      return found?.role ?? null;
    },

    async insert(values: CommunityValues, pilotUserId: string): Promise<CommunityRow> {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(communities).values(values).returning();
        if (!row) throw new Error('insert returned no row');
        await tx
          .insert(communityMembers)
          .values({ communityId: row.id, userId: pilotUserId, role: 'pilot' });
        return row;
      });
    },

    async update(id: string, values: Partial<CommunityValues>) {
      const [row] = await db
        .update(communities)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(communities.id, id))
        .returning();
      return row;
    },

    meetings(communityId: string, from?: Date) {
      const where = from
        ? and(eq(communityMeetings.communityId, communityId), gte(communityMeetings.startsAt, from))
        : eq(communityMeetings.communityId, communityId);
      return db
        .select()
        .from(communityMeetings)
        .where(where)
        .orderBy(asc(communityMeetings.startsAt));
    },

    resources(communityId: string) {
      return db
        .select()
        .from(communityResources)
        .where(eq(communityResources.communityId, communityId))
        .orderBy(asc(communityResources.position), asc(communityResources.title));
    },

    async resource(communityId: string, slug: string) {
      const [found] = await db
        .select()
        .from(communityResources)
        .where(
          and(eq(communityResources.communityId, communityId), eq(communityResources.slug, slug)),
        );
      return found;
    },
  };
}
export type CommunitiesRepository = ReturnType<typeof createCommunitiesRepository>;
