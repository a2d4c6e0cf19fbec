import { personColumns } from './person';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { communitySubgroupMembers, communitySubgroups, users } from '../../db/schema';

export type SubgroupRow = typeof communitySubgroups.$inferSelect;
type SubgroupValues = { name: string; description: string };

const memberCount = sql<number>`(select count(*)::int from ${communitySubgroupMembers} where ${communitySubgroupMembers.subgroupId} = ${communitySubgroups.id})`;

export function createSubgroupsRepository(db: Db) {
  return {
    list(communityId: string) {
      return db
        .select({ row: communitySubgroups, memberCount })
        .from(communitySubgroups)
        .where(eq(communitySubgroups.communityId, communityId))
        .orderBy(asc(communitySubgroups.name));
    },

    async find(communityId: string, id: string) {
      const [row] = await db
        .select()
        .from(communitySubgroups)
        .where(and(eq(communitySubgroups.communityId, communityId), eq(communitySubgroups.id, id)));
      return row;
    },

    async findByName(communityId: string, name: string) {
      const [row] = await db
        .select()
        .from(communitySubgroups)
        .where(
          and(eq(communitySubgroups.communityId, communityId), eq(communitySubgroups.name, name)),
        );
      return row;
    },

    async insert(communityId: string, values: SubgroupValues): Promise<SubgroupRow> {
      const [row] = await db
        .insert(communitySubgroups)
        .values({ ...values, communityId })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async update(id: string, values: SubgroupValues) {
      await db.update(communitySubgroups).set(values).where(eq(communitySubgroups.id, id));
    },

    async delete(id: string) {
      await db.delete(communitySubgroups).where(eq(communitySubgroups.id, id));
    },

    /** Members of the given sub-groups, by name. */
    members(subgroupIds: string[]) {
      if (subgroupIds.length === 0) return Promise.resolve([]);
      return db
        .select({
          subgroupId: communitySubgroupMembers.subgroupId,
          person: personColumns,
        })
        .from(communitySubgroupMembers)
        .innerJoin(users, eq(users.id, communitySubgroupMembers.userId))
        .where(inArray(communitySubgroupMembers.subgroupId, subgroupIds))
        .orderBy(asc(users.name));
    },

    async addMember(subgroupId: string, userId: string) {
      await db
        .insert(communitySubgroupMembers)
        .values({ subgroupId, userId })
        .onConflictDoNothing();
    },

    async removeMember(subgroupId: string, userId: string) {
      await db
        .delete(communitySubgroupMembers)
        .where(
          and(
            eq(communitySubgroupMembers.subgroupId, subgroupId),
            eq(communitySubgroupMembers.userId, userId),
          ),
        );
    },
  };
}
export type SubgroupsRepository = ReturnType<typeof createSubgroupsRepository>;
