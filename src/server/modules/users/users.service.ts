import type { EstablishmentRole, PlatformRole, RoleCategory } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Paginated } from '../../../shared/schemas/common';
import type { UserSummary } from '../../../shared/schemas/users';
import type { Db } from '../../db/client';
import { isAdmin } from '../../lib/authz';
import { AppError, forbidden, notFound } from '../../lib/errors';
import type { AuditService } from '../audit/audit.service';
import type { EstablishmentLink, UserRow, UsersRepository } from './users.repository';

function toSummary(row: UserRow, links: EstablishmentLink[]): UserSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    platformRole: row.platformRole as PlatformRole,
    roleCategory: row.roleCategory as RoleCategory | null,
    establishments: links,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Administration of accounts: platform admins only. */
export function createUsersService({
  db,
  repo,
  audit,
}: {
  db: Db;
  repo: UsersRepository;
  audit: AuditService;
}) {
  const requireAdmin = (actor: SessionUser) => {
    if (!isAdmin(actor)) throw forbidden();
  };

  async function summary(id: string): Promise<UserSummary> {
    const row = await repo.findById(id);
    if (!row) throw notFound();
    const links = await repo.linksFor([id]);
    return toSummary(row, links.get(id) ?? []);
  }

  return {
    async list(
      actor: SessionUser,
      query: { q?: string; role?: PlatformRole; page: number; pageSize: number },
    ): Promise<Paginated<UserSummary>> {
      requireAdmin(actor);
      const { rows, total } = await repo.list(query);
      const links = await repo.linksFor(rows.map((r) => r.id));
      return {
        items: rows.map((r) => toSummary(r, links.get(r.id) ?? [])),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(actor: SessionUser, id: string): Promise<UserSummary> {
      requireAdmin(actor);
      return summary(id);
    },

    async changeRole(
      actor: SessionUser,
      id: string,
      platformRole: PlatformRole,
    ): Promise<UserSummary> {
      requireAdmin(actor);
      const user = await repo.findById(id);
      if (!user) throw notFound();
      await db.transaction(async (tx) => {
        await repo.update(id, { platformRole }, tx);
        if (
          user.platformRole === 'admin' &&
          platformRole !== 'admin' &&
          (await repo.countByRole('admin', tx)) === 0
        ) {
          throw new AppError(409, 'lastAdmin');
        }
      });
      await audit.record({
        action: 'user.role_changed',
        actorId: actor.id,
        targetType: 'user',
        targetId: id,
        details: { from: user.platformRole, to: platformRole },
      });
      return summary(id);
    },

    async replaceMemberships(
      actor: SessionUser,
      id: string,
      memberships: { establishmentId: string; role: EstablishmentRole }[],
    ): Promise<UserSummary> {
      requireAdmin(actor);
      if (!(await repo.findById(id))) throw notFound();
      const unique = [...new Map(memberships.map((m) => [m.establishmentId, m])).values()];
      try {
        await db.transaction((tx) => repo.replaceLinks(id, unique, tx));
      } catch (err) {
        // A foreign-key violation means an establishment id that does not exist.
        if ((err as { code?: string }).code === '23503' || String(err).includes('foreign key'))
          throw notFound();
        throw err;
      }
      await audit.record({
        action: 'user.memberships_changed',
        actorId: actor.id,
        targetType: 'user',
        targetId: id,
        details: { memberships: unique },
      });
      return summary(id);
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
