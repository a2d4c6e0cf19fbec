import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  auditEvents,
  communities,
  communityJoinRequests,
  communityMembers,
  invitations,
  notifications,
  sessions,
  users,
} from '../../db/schema';

/** Everything stored about one person, beyond the users row, for the data export. */
export function createProfileRepository(db: Db) {
  return {
    sessionsOf: (userId: string) =>
      db
        .select({
          createdAt: sessions.createdAt,
          lastSeenAt: sessions.lastSeenAt,
          expiresAt: sessions.expiresAt,
        })
        .from(sessions)
        .where(eq(sessions.userId, userId)),
    auditOf: (userId: string) =>
      db
        .select({
          at: auditEvents.at,
          action: auditEvents.action,
          targetType: auditEvents.targetType,
          targetId: auditEvents.targetId,
        })
        .from(auditEvents)
        .where(eq(auditEvents.actorId, userId))
        .orderBy(desc(auditEvents.at)),
    invitationsSentBy: (userId: string) =>
      db
        .select({
          email: invitations.email,
          createdAt: invitations.createdAt,
          acceptedAt: invitations.acceptedAt,
        })
        .from(invitations)
        .where(eq(invitations.invitedBy, userId)),
    communitiesOf: (userId: string) =>
      db
        .select({
          community: communities.title,
          role: communityMembers.role,
          joinedAt: communityMembers.joinedAt,
        })
        .from(communityMembers)
        .innerJoin(communities, eq(communities.id, communityMembers.communityId))
        .where(eq(communityMembers.userId, userId)),
    joinRequestsOf: (userId: string) =>
      db
        .select({
          community: communities.title,
          message: communityJoinRequests.message,
          status: communityJoinRequests.status,
          createdAt: communityJoinRequests.createdAt,
          decidedAt: communityJoinRequests.decidedAt,
        })
        .from(communityJoinRequests)
        .innerJoin(communities, eq(communities.id, communityJoinRequests.communityId))
        .where(eq(communityJoinRequests.userId, userId)),
    preferencesOf: async (userId: string) => {
      const [row] = await db
        .select({ digestEnabled: users.digestEnabled })
        .from(users)
        .where(eq(users.id, userId));
      return row ?? null;
    },
    notificationsOf: (userId: string) =>
      db
        .select({
          kind: notifications.kind,
          community: communities.title,
          data: notifications.data,
          link: notifications.link,
          createdAt: notifications.createdAt,
          readAt: notifications.readAt,
          digestedAt: notifications.digestedAt,
        })
        .from(notifications)
        .leftJoin(communities, eq(communities.id, notifications.communityId))
        .where(eq(notifications.userId, userId))
        .orderBy(desc(notifications.createdAt)),
  };
}
export type ProfileRepository = ReturnType<typeof createProfileRepository>;
