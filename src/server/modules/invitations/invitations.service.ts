import type { EstablishmentRole, Language, PlatformRole } from '../../../shared/enums';
import type {
  Invitation,
  InvitationAccept,
  InvitationCreate,
  SessionUser,
} from '../../../shared/schemas/auth';
import type { Paginated } from '../../../shared/schemas/common';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { isAdmin, managedEstablishmentIds } from '../../lib/authz';
import { addMinutes, type Clock } from '../../lib/clock';
import { conflict, forbidden, invalidToken, notFound } from '../../lib/errors';
import { hashPassword } from '../../lib/passwords';
import { newToken, tokenHasher } from '../../lib/tokens';
import type { AuditService } from '../audit/audit.service';
import type { AuthService } from '../auth/auth.service';
import type { EstablishmentsRepository } from '../establishments/establishments.repository';
import type { MailService } from '../mail/mail.service';
import { invitationMail } from '../mail/mail.templates';
import type { UsersRepository } from '../users/users.repository';
import type { InvitationRow, InvitationsRepository } from './invitations.repository';

const INVITATION_DAYS = 7;

function toDto({
  invitation: i,
  establishmentName,
}: {
  invitation: InvitationRow;
  establishmentName: string | null;
}): Invitation {
  return {
    id: i.id,
    email: i.email,
    platformRole: i.platformRole as PlatformRole,
    establishmentId: i.establishmentId,
    establishmentName,
    establishmentRole: i.establishmentRole as EstablishmentRole | null,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    acceptedAt: i.acceptedAt?.toISOString() ?? null,
    revokedAt: i.revokedAt?.toISOString() ?? null,
  };
}

interface InvitationDeps {
  db: Db;
  config: Config;
  secret: string;
  clock: Clock;
  repo: InvitationsRepository;
  users: UsersRepository;
  establishments: EstablishmentsRepository;
  auth: AuthService;
  audit: AuditService;
  mail: MailService;
}

/**
 * Admins invite anybody with any role. A quality/risk manager invites members into the
 * establishments they manage, with an establishment role, and nothing more.
 */
export function createInvitationsService(deps: InvitationDeps) {
  const { db, config, clock, repo, users, audit, mail } = deps;
  const hashToken = tokenHasher(deps.secret);

  function assertMayInvite(actor: SessionUser, input: InvitationCreate) {
    if (isAdmin(actor)) return;
    const managed = managedEstablishmentIds(actor);
    const allowed =
      input.platformRole === 'member' &&
      input.establishmentId !== null &&
      managed.includes(input.establishmentId);
    if (!allowed) throw forbidden();
  }

  return {
    async create(
      actor: SessionUser,
      input: InvitationCreate,
      language: Language,
    ): Promise<Invitation> {
      assertMayInvite(actor, input);
      if (await users.findByEmail(input.email)) {
        throw conflict('emailTaken', [{ path: 'email', key: 'problem.emailTaken' }]);
      }
      let establishmentName: string | null = null;
      if (input.establishmentId) {
        const found = await deps.establishments.findById(input.establishmentId);
        if (!found) throw notFound();
        establishmentName = found.row.name;
      }
      const token = newToken();
      const row = await repo.insert({
        tokenHash: hashToken(token),
        email: input.email,
        platformRole: input.platformRole,
        establishmentId: input.establishmentId,
        establishmentRole: input.establishmentRole,
        invitedBy: actor.id,
        expiresAt: addMinutes(clock.now(), INVITATION_DAYS * 24 * 60),
      });
      await audit.record({
        action: 'user.invited',
        actorId: actor.id,
        targetType: 'invitation',
        targetId: row.id,
        details: { platformRole: input.platformRole, establishmentId: input.establishmentId },
      });
      const link = `${config.publicUrl}/invitation?token=${token}`;
      await mail.send({
        to: input.email,
        ...invitationMail(language, link, actor.name, INVITATION_DAYS, establishmentName),
      });
      return toDto({ invitation: row, establishmentName });
    },

    async list(actor: SessionUser, page: number, pageSize: number): Promise<Paginated<Invitation>> {
      const scope = isAdmin(actor) ? undefined : managedEstablishmentIds(actor);
      if (scope && scope.length === 0) throw forbidden();
      const { rows, total } = await repo.list(page, pageSize, scope);
      return { items: rows.map(toDto), total, page, pageSize };
    },

    async revoke(actor: SessionUser, id: string): Promise<void> {
      const found = await repo.findById(id);
      if (!found) throw notFound();
      const mayRevoke =
        isAdmin(actor) ||
        (found.invitation.establishmentId !== null &&
          managedEstablishmentIds(actor).includes(found.invitation.establishmentId));
      if (!mayRevoke) throw forbidden();
      await repo.revoke(id, clock.now());
      await audit.record({
        action: 'user.invitation_revoked',
        actorId: actor.id,
        targetType: 'invitation',
        targetId: id,
      });
    },

    async preview(token: string): Promise<Invitation> {
      const found = await repo.findUsable(hashToken(token), clock.now());
      if (!found) throw invalidToken();
      return toDto(found);
    },

    async accept(input: InvitationAccept): Promise<{ token: string; user: SessionUser }> {
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const user = await db.transaction(async (tx) => {
        const found = await repo.findUsable(hashToken(input.token), now, tx);
        if (!found || !(await repo.markAccepted(found.invitation.id, now, tx)))
          throw invalidToken();
        const { invitation } = found;
        if (await users.findByEmail(invitation.email, tx)) {
          throw conflict('emailTaken');
        }
        const created = await users.insert(
          {
            email: invitation.email,
            name: input.name,
            passwordHash,
            platformRole: invitation.platformRole,
            roleCategory: input.roleCategory,
            sectors: input.sectors,
          },
          tx,
        );
        if (invitation.establishmentId && invitation.establishmentRole) {
          await users.addLink(
            created.id,
            invitation.establishmentId,
            invitation.establishmentRole as EstablishmentRole,
            tx,
          );
        }
        return created;
      });
      await audit.record({
        action: 'user.invitation_accepted',
        actorId: user.id,
        targetType: 'user',
        targetId: user.id,
      });
      return {
        token: await deps.auth.openSession(user.id),
        user: await deps.auth.toSessionUser(user),
      };
    },
  };
}
export type InvitationsService = ReturnType<typeof createInvitationsService>;
