import type { Language, PlatformRole, RoleCategory, Sector } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Profile, ProfileUpdate } from '../../../shared/schemas/profile';
import type { Db } from '../../db/client';
import { AppError, notFound } from '../../lib/errors';
import type { AuditService } from '../audit/audit.service';
import type { AuthService } from '../auth/auth.service';
import type { UsersRepository } from '../users/users.repository';
import type { ProfileRepository } from './profile.repository';

interface ProfileDeps {
  db: Db;
  users: UsersRepository;
  repo: ProfileRepository;
  auth: AuthService;
  audit: AuditService;
}

export function createProfileService({ db, users, repo, auth, audit }: ProfileDeps) {
  async function get(actor: SessionUser): Promise<Profile> {
    const row = await users.findById(actor.id);
    if (!row) throw notFound();
    const links = await users.linksFor([row.id]);
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      platformRole: row.platformRole as PlatformRole,
      roleCategory: row.roleCategory as RoleCategory | null,
      organisation: row.organisation,
      sectors: row.sectors as Sector[],
      language: row.language as Language,
      establishments: links.get(row.id) ?? [],
      createdAt: row.createdAt.toISOString(),
    };
  }

  return {
    get,

    async update(actor: SessionUser, input: ProfileUpdate): Promise<Profile> {
      await users.update(actor.id, { ...input, sectors: [...new Set(input.sectors)] });
      return get(actor);
    },

    changePassword: (actor: SessionUser, current: string, next: string) =>
      auth.changePassword(actor.id, current, next),

    /** Right of access (RGPD art. 15): everything we hold about the person, as JSON. */
    async exportData(actor: SessionUser) {
      const [
        profile,
        sessions,
        activity,
        invitationsSent,
        communities,
        communityRequests,
        preferences,
        notifications,
        communityWritings,
        partnership,
      ] = await Promise.all([
        get(actor),
        repo.sessionsOf(actor.id),
        repo.auditOf(actor.id),
        repo.invitationsSentBy(actor.id),
        repo.communitiesOf(actor.id),
        repo.joinRequestsOf(actor.id),
        repo.preferencesOf(actor.id),
        repo.notificationsOf(actor.id),
        repo.writingsOf(actor.id),
        repo.partnershipOf(actor.id),
      ]);
      await audit.record({
        action: 'user.exported',
        actorId: actor.id,
        targetType: 'user',
        targetId: actor.id,
      });
      return {
        format: 'binome-personal-data',
        version: 1,
        exportedAt: new Date().toISOString(),
        profile,
        sessions,
        activity,
        invitationsSent,
        communities,
        communityRequests,
        preferences,
        notifications,
        communityWritings,
        partnership,
      };
    },

    /** Right to erasure: the account, its sessions and links go; audit entries keep no name. */
    async deleteAccount(actor: SessionUser, password: string): Promise<void> {
      if (!(await auth.verifyUserPassword(actor.id, password))) {
        throw new AppError(400, 'wrongPassword', {}, [
          { path: 'password', key: 'problem.wrongPassword' },
        ]);
      }
      await db.transaction(async (tx) => {
        await users.delete(actor.id, tx);
        if (actor.platformRole === 'admin' && (await users.countByRole('admin', tx)) === 0) {
          throw new AppError(409, 'lastAdmin');
        }
      });
      await audit.record({
        action: 'user.deleted',
        targetType: 'user',
        targetId: actor.id,
        details: { self: true },
      });
    },
  };
}
export type ProfileService = ReturnType<typeof createProfileService>;
