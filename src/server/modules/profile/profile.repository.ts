import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  auditEvents,
  communities,
  communityJoinRequests,
  communityMembers,
  communityPosts,
  communityReports,
  communityThreads,
  establishments,
  invitations,
  notifications,
  partnershipBinomes,
  partnershipDomains,
  partnershipExpectations,
  partnershipRatings,
  partnershipWorkshops,
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
    /** What the person wrote in communities: questions, replies, experience reports. */
    writingsOf: async (userId: string) => {
      const [questions, replies, reports] = await Promise.all([
        db
          .select({
            community: communities.title,
            title: communityThreads.title,
            body: communityThreads.body,
            createdAt: communityThreads.createdAt,
          })
          .from(communityThreads)
          .innerJoin(communities, eq(communities.id, communityThreads.communityId))
          .where(eq(communityThreads.authorId, userId)),
        db
          .select({
            community: communities.title,
            question: communityThreads.title,
            body: communityPosts.body,
            createdAt: communityPosts.createdAt,
          })
          .from(communityPosts)
          .innerJoin(communityThreads, eq(communityThreads.id, communityPosts.threadId))
          .innerJoin(communities, eq(communities.id, communityThreads.communityId))
          .where(eq(communityPosts.authorId, userId)),
        db
          .select({ community: communities.title, report: communityReports })
          .from(communityReports)
          .innerJoin(communities, eq(communities.id, communityReports.communityId))
          .where(eq(communityReports.authorId, userId)),
      ]);
      return {
        questions,
        replies,
        reports: reports.map(({ community, report }) => {
          const { id, communityId, authorId, establishmentId, ...fields } = report;
          void [id, communityId, authorId, establishmentId];
          return { community, ...fields };
        }),
      };
    },

    /** The person's own answers in partnership workshops (never the partner's). */
    partnershipOf: async (userId: string) => {
      const b = partnershipBinomes;
      const [expectations, ratings] = await Promise.all([
        db
          .select({
            workshop: partnershipWorkshops.title,
            establishment: establishments.name,
            side: partnershipExpectations.side,
            expectations: partnershipExpectations.expectations,
            preconceptions: partnershipExpectations.preconceptions,
            submittedAt: partnershipExpectations.submittedAt,
          })
          .from(partnershipExpectations)
          .innerJoin(b, eq(b.id, partnershipExpectations.binomeId))
          .innerJoin(partnershipWorkshops, eq(partnershipWorkshops.id, b.workshopId))
          .innerJoin(establishments, eq(establishments.id, b.establishmentId))
          .where(eq(partnershipExpectations.userId, userId)),
        db
          .select({
            workshop: partnershipWorkshops.title,
            domain: partnershipDomains.name,
            current: partnershipRatings.currentLevel,
            target: partnershipRatings.targetLevel,
          })
          .from(partnershipRatings)
          .innerJoin(b, eq(b.id, partnershipRatings.binomeId))
          .innerJoin(partnershipWorkshops, eq(partnershipWorkshops.id, b.workshopId))
          .innerJoin(partnershipDomains, eq(partnershipDomains.id, partnershipRatings.domainId))
          .where(eq(partnershipRatings.userId, userId)),
      ]);
      return { expectations, ratings };
    },
  };
}
export type ProfileRepository = ReturnType<typeof createProfileRepository>;
