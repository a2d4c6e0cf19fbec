import type { EstablishmentRole, Region, Sector } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Paginated } from '../../../shared/schemas/common';
import type {
  Establishment,
  EstablishmentListQuery,
  EstablishmentMember,
} from '../../../shared/schemas/establishments';
import { establishmentRoleOf, isAdmin } from '../../lib/authz';
import { conflict, forbidden, notFound } from '../../lib/errors';
import type { AuditService } from '../audit/audit.service';
import type { EstablishmentRow, EstablishmentsRepository } from './establishments.repository';

export interface EstablishmentValues {
  name: string;
  finess: string;
  sector: Sector;
  department: string;
  region: Region;
}

function toDto({
  row,
  memberCount,
}: {
  row: EstablishmentRow;
  memberCount: number;
}): Establishment {
  return {
    id: row.id,
    name: row.name,
    finess: row.finess,
    sector: row.sector as Sector,
    department: row.department,
    region: row.region as Region,
    memberCount: Number(memberCount),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const finessTaken = () => conflict('conflict', [{ path: 'finess', key: 'finess.taken' }]);

export function createEstablishmentsService({
  repo,
  audit,
}: {
  repo: EstablishmentsRepository;
  audit: AuditService;
}) {
  const requireAdmin = (actor: SessionUser) => {
    if (!isAdmin(actor)) throw forbidden();
  };

  return {
    /** The directory (name, FINESS, sector, place) is visible to every signed-in user. */
    async list(query: EstablishmentListQuery): Promise<Paginated<Establishment>> {
      const { rows, total } = await repo.list(query);
      return { items: rows.map(toDto), total, page: query.page, pageSize: query.pageSize };
    },

    async get(id: string): Promise<Establishment> {
      const found = await repo.findById(id);
      if (!found) throw notFound();
      return toDto(found);
    },

    async create(actor: SessionUser, values: EstablishmentValues): Promise<Establishment> {
      requireAdmin(actor);
      if (await repo.findByFiness(values.finess)) throw finessTaken();
      const row = await repo.insert(values);
      await audit.record({
        action: 'establishment.created',
        actorId: actor.id,
        targetType: 'establishment',
        targetId: row.id,
        details: { finess: row.finess },
      });
      return toDto({ row, memberCount: 0 });
    },

    async update(
      actor: SessionUser,
      id: string,
      values: EstablishmentValues,
    ): Promise<Establishment> {
      requireAdmin(actor);
      const other = await repo.findByFiness(values.finess);
      if (other && other.id !== id) throw finessTaken();
      const row = await repo.update(id, values);
      if (!row) throw notFound();
      await audit.record({
        action: 'establishment.updated',
        actorId: actor.id,
        targetType: 'establishment',
        targetId: id,
      });
      return this.get(id);
    },

    async remove(actor: SessionUser, id: string): Promise<void> {
      requireAdmin(actor);
      const found = await repo.findById(id);
      if (!found) throw notFound();
      await repo.delete(id);
      await audit.record({
        action: 'establishment.deleted',
        actorId: actor.id,
        targetType: 'establishment',
        targetId: id,
        details: { name: found.row.name, finess: found.row.finess },
      });
    },

    /** Members are restricted: admins, and people who belong to that establishment. */
    async members(actor: SessionUser, id: string): Promise<EstablishmentMember[]> {
      if (!isAdmin(actor) && !establishmentRoleOf(actor, id)) throw forbidden();
      if (!(await repo.findById(id))) throw notFound();
      const rows = await repo.members(id);
      return rows.map((r) => ({ ...r, role: r.role as EstablishmentRole }));
    },
  };
}
export type EstablishmentsService = ReturnType<typeof createEstablishmentsService>;
