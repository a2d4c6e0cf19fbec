import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEvents, invitations, sessions } from '../../db/schema';

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
  };
}
export type ProfileRepository = ReturnType<typeof createProfileRepository>;
