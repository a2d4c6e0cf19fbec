import type { SessionUser } from '../../../shared/schemas/auth';
import type { Domain } from '../../../shared/schemas/partnership';
import { isAdmin } from '../../lib/authz';
import type { Clock } from '../../lib/clock';
import { conflict, forbidden, notFound } from '../../lib/errors';
import type { AuditService } from '../audit/audit.service';
import type { DomainRow, DomainsRepository } from './domains.repository';

export interface DomainValues {
  name: string;
  description: string;
  position: number;
}

/** The domain as the binôme space shows it (without its usage). */
export const toDomainView = (row: DomainRow): Omit<Domain, 'usage'> => ({
  id: row.id,
  code: row.code,
  name: row.name,
  description: row.description,
  position: row.position,
  retiredAt: row.retiredAt?.toISOString() ?? null,
});

const toDomain = ({ domain, usage }: { domain: DomainRow; usage: number }): Domain => ({
  ...toDomainView(domain),
  usage: Number(usage),
});

const nameTaken = () =>
  conflict('domainNameTaken', [{ path: 'name', key: 'problem.domainNameTaken' }]);

/** The grid of domains: read by everyone signed in, edited by administrators. */
export function createDomainsService({
  repo,
  audit,
  clock,
}: {
  repo: DomainsRepository;
  audit: AuditService;
  clock: Clock;
}) {
  function requireAdmin(actor: SessionUser) {
    if (!isAdmin(actor)) throw forbidden();
  }

  async function get(id: string): Promise<Domain> {
    const found = await repo.find(id);
    if (!found) throw notFound();
    return toDomain(found);
  }

  async function record(
    actor: SessionUser,
    action: 'created' | 'updated' | 'retired' | 'restored',
    id: string,
  ) {
    await audit.record({
      action: `partnership.domain_${action}`,
      actorId: actor.id,
      targetType: 'partnership_domain',
      targetId: id,
    });
  }

  return {
    /** Retired domains are listed for administrators only, on request. */
    async list(actor: SessionUser, includeRetired: boolean): Promise<Domain[]> {
      const rows = await repo.list(includeRetired && isAdmin(actor));
      return rows.map(toDomain);
    },

    async create(actor: SessionUser, values: DomainValues): Promise<Domain> {
      requireAdmin(actor);
      if (await repo.nameTaken(values.name)) throw nameTaken();
      const id = await repo.insert(values);
      await record(actor, 'created', id);
      return get(id);
    },

    async update(actor: SessionUser, id: string, values: DomainValues): Promise<Domain> {
      requireAdmin(actor);
      await get(id);
      if (await repo.nameTaken(values.name, id)) throw nameTaken();
      await repo.update(id, values);
      await record(actor, 'updated', id);
      return get(id);
    },

    /** A retired domain keeps its ratings and positions but is no longer offered. */
    async setRetired(actor: SessionUser, id: string, retired: boolean): Promise<Domain> {
      requireAdmin(actor);
      const current = await get(id);
      if (retired !== (current.retiredAt !== null)) {
        await repo.update(id, { retiredAt: retired ? clock.now() : null });
        await record(actor, retired ? 'retired' : 'restored', id);
      }
      return get(id);
    },
  };
}
export type DomainsService = ReturnType<typeof createDomainsService>;
