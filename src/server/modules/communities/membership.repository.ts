import { and, asc, eq, inArray } from 'drizzle-orm';
import { personColumns } from './person';
import type { Db } from '../../db/client';
import {
  communityJoinRequests,
  communityMembers,
  communitySubgroupMembers,
  communitySubgroups,
  users,
} from '../../db/schema';

export function createMembershipRepository(db: Db) {
  return {
    members(communityId: string) {
      return db
        .select({
          person: personColumns,
          role: communityMembers.role,
          joinedAt: communityMembers.joinedAt,
        })
        .from(communityMembers)
        .innerJoin(users, eq(users.id, communityMembers.userId))
        .where(eq(communityMembers.communityId, communityId))
        .orderBy(asc(communityMembers.role), asc(users.name));
    },

    /** Pilots' addresses and languages, to tell them about a request. */
    pilotsToNotify(communityId: string) {
      return db
        .select({ id: users.id, email: users.email, language: users.language })
        .from(communityMembers)
        .innerJoin(users, eq(users.id, communityMembers.userId))
        .where(
          and(eq(communityMembers.communityId, communityId), eq(communityMembers.role, 'pilot')),
        );
    },

    pendingRequests(communityId: string) {
      return db
        .select({ request: communityJoinRequests, person: personColumns })
        .from(communityJoinRequests)
        .innerJoin(users, eq(users.id, communityJoinRequests.userId))
        .where(
          and(
            eq(communityJoinRequests.communityId, communityId),
            eq(communityJoinRequests.status, 'pending'),
          ),
        )
        .orderBy(asc(communityJoinRequests.createdAt));
    },

    async pendingRequestOf(communityId: string, userId: string) {
      const [found] = await db
        .select()
        .from(communityJoinRequests)
        .where(
          and(
            eq(communityJoinRequests.communityId, communityId),
            eq(communityJoinRequests.userId, userId),
            eq(communityJoinRequests.status, 'pending'),
          ),
        );
      return found;
    },

    async findRequest(communityId: string, id: string) {
      const [found] = await db
        .select({
          request: communityJoinRequests,
          person: personColumns,
          email: users.email,
          language: users.language,
        })
        .from(communityJoinRequests)
        .innerJoin(users, eq(users.id, communityJoinRequests.userId))
        .where(
          and(eq(communityJoinRequests.communityId, communityId), eq(communityJoinRequests.id, id)),
        );
      return found;
    },

    async createRequest(communityId: string, userId: string, message: string) {
      const [row] = await db
        .insert(communityJoinRequests)
        .values({ communityId, userId, message })
        .onConflictDoNothing()
        .returning();
      return row;
    },

    /** Decides a pending request; accepting adds the member in the same transaction. */
    async decide(id: string, accepted: boolean, deciderId: string) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(communityJoinRequests)
          .set({
            status: accepted ? 'accepted' : 'declined',
            decidedAt: new Date(),
            decidedBy: deciderId,
          })
          .where(and(eq(communityJoinRequests.id, id), eq(communityJoinRequests.status, 'pending')))
          .returning();
        if (row && accepted) {
          await tx
            .insert(communityMembers)
            .values({ communityId: row.communityId, userId: row.userId, role: 'member' })
            .onConflictDoNothing();
        }
        return row;
      });
    },

    async setRole(communityId: string, userId: string, role: string) {
      await db
        .update(communityMembers)
        .set({ role })
        .where(
          and(eq(communityMembers.communityId, communityId), eq(communityMembers.userId, userId)),
        );
    },

    /** Removes a member from the community and from its sub-groups. */
    async removeMember(communityId: string, userId: string) {
      return db.transaction(async (tx) => {
        const ownSubgroups = tx
          .select({ id: communitySubgroups.id })
          .from(communitySubgroups)
          .where(eq(communitySubgroups.communityId, communityId));
        await tx
          .delete(communitySubgroupMembers)
          .where(
            and(
              eq(communitySubgroupMembers.userId, userId),
              inArray(communitySubgroupMembers.subgroupId, ownSubgroups),
            ),
          );
        const rows = await tx
          .delete(communityMembers)
          .where(
            and(eq(communityMembers.communityId, communityId), eq(communityMembers.userId, userId)),
          )
          .returning();
        return rows.length > 0;
      });
    },
  };
}
export type MembershipRepository = ReturnType<typeof createMembershipRepository>;
