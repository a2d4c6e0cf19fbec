import type { CommunityRole, Language } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { CommunityMember, JoinRequest } from '../../../shared/schemas/communities';
import { conflict, forbidden, notFound } from '../../lib/errors';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import { notifyNobody, type Notify } from '../notifications/notifications.service';
import type { CommunitiesRepository } from './communities.repository';
import { openCommunity } from './community-access';
import { joinDecidedMail, joinRequestedMail } from './community.mails';
import type { MembershipRepository } from './membership.repository';
import { toPerson } from './person';

export function createMembershipService({
  communities,
  repo,
  audit,
  mail,
  publicUrl,
  notify = notifyNobody,
}: {
  communities: CommunitiesRepository;
  repo: MembershipRepository;
  audit: AuditService;
  mail: MailService;
  publicUrl: string;
  notify?: Notify;
}) {
  const pageLink = (slug: string) => `${publicUrl}/communautes/${slug}`;

  async function requirePilot(actor: SessionUser, slug: string) {
    const found = await openCommunity(communities, actor, slug);
    if (!found.access.canEdit) throw forbidden();
    return found.row;
  }

  async function isLastPilot(communityId: string, role: string | null) {
    if (role !== 'pilot') return false;
    const pilots = (await repo.members(communityId)).filter((m) => m.role === 'pilot');
    return pilots.length <= 1;
  }

  return {
    async hasPendingRequest(communityId: string, userId: string): Promise<boolean> {
      return Boolean(await repo.pendingRequestOf(communityId, userId));
    },

    /** Any signed-in person outside the community may ask once; the pilots get an e-mail. */
    async requestToJoin(actor: SessionUser, slug: string, message: string): Promise<void> {
      const { row, access } = await openCommunity(communities, actor, slug);
      if (access.role !== null) throw conflict('alreadyMember');
      const created = await repo.createRequest(row.id, actor.id, message);
      if (!created) throw conflict('requestPending');
      const pilots = await repo.pilotsToNotify(row.id);
      for (const pilot of pilots) {
        await mail.send({
          to: pilot.email,
          ...joinRequestedMail(
            pilot.language as Language,
            row.title,
            actor.name,
            `${pageLink(row.slug)}/membres`,
          ),
        });
      }
      await notify({
        kind: 'join_request',
        userIds: pilots.map((p) => p.id),
        communityId: row.id,
        actorId: actor.id,
        link: `/communautes/${row.slug}/membres`,
      });
    },

    async pendingRequests(actor: SessionUser, slug: string): Promise<JoinRequest[]> {
      const community = await requirePilot(actor, slug);
      const rows = await repo.pendingRequests(community.id);
      return rows.map(({ request, person }) => ({
        id: request.id,
        person: toPerson(person),
        message: request.message,
        status: 'pending',
        createdAt: request.createdAt.toISOString(),
      }));
    },

    async decide(actor: SessionUser, slug: string, id: string, accepted: boolean): Promise<void> {
      const community = await requirePilot(actor, slug);
      const found = await repo.findRequest(community.id, id);
      if (!found) throw notFound();
      const decided = await repo.decide(id, accepted, actor.id);
      if (!decided) throw conflict('requestDecided');
      await audit.record({
        action: accepted ? 'community.member_accepted' : 'community.request_declined',
        actorId: actor.id,
        targetType: 'community',
        targetId: community.id,
        details: { userId: found.person.id },
      });
      await mail.send({
        to: found.email,
        ...joinDecidedMail(
          found.language as Language,
          community.title,
          accepted,
          pageLink(community.slug),
        ),
      });
      await notify({
        kind: 'join_decision',
        userIds: [found.person.id],
        communityId: community.id,
        actorId: actor.id,
        data: { accepted: String(accepted) },
        link: `/communautes/${community.slug}`,
      });
    },

    /** The member list is for members (and administrators). */
    async members(actor: SessionUser, slug: string): Promise<CommunityMember[]> {
      const { row, access } = await openCommunity(communities, actor, slug);
      if (!access.isMember) throw forbidden();
      const rows = await repo.members(row.id);
      return rows.map((m) => ({
        person: toPerson(m.person),
        role: m.role as CommunityRole,
        joinedAt: m.joinedAt.toISOString(),
      }));
    },

    /** Leaving; the last pilot must hand over first so that a community is never orphaned. */
    async leave(actor: SessionUser, slug: string): Promise<void> {
      const { row, access } = await openCommunity(communities, actor, slug);
      if (access.role === null) throw notFound();
      if (await isLastPilot(row.id, access.role)) throw conflict('lastPilot');
      await repo.removeMember(row.id, actor.id);
      await audit.record({
        action: 'community.member_left',
        actorId: actor.id,
        targetType: 'community',
        targetId: row.id,
      });
    },

    /**
     * Pilots appoint another pilot or step one back to member; the community keeps one pilot.
     * Audited as a role change with the community as target.
     */
    async changeRole(
      actor: SessionUser,
      slug: string,
      userId: string,
      role: CommunityRole,
    ): Promise<void> {
      const community = await requirePilot(actor, slug);
      const current = await communities.roleOf(community.id, userId);
      if (current === null) throw notFound();
      if (current === role) return;
      if (await isLastPilot(community.id, current)) throw conflict('keepOnePilot');
      await repo.setRole(community.id, userId, role);
      await audit.record({
        action: 'user.role_changed',
        actorId: actor.id,
        targetType: 'community',
        targetId: community.id,
        details: { userId, from: current, to: role },
      });
    },

    /** Pilots remove a member (audited as a departure, with who removed them). */
    async removeMember(actor: SessionUser, slug: string, userId: string): Promise<void> {
      const community = await requirePilot(actor, slug);
      const current = await communities.roleOf(community.id, userId);
      if (current === null) throw notFound();
      if (await isLastPilot(community.id, current)) throw conflict('keepOnePilot');
      await repo.removeMember(community.id, userId);
      await audit.record({
        action: 'community.member_left',
        actorId: actor.id,
        targetType: 'community',
        targetId: community.id,
        details: { userId, removedBy: actor.id },
      });
    },
  };
}
export type MembershipService = ReturnType<typeof createMembershipService>;
