import { toPerson } from './person';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Subgroup } from '../../../shared/schemas/communities';
import { conflict, fieldProblem, forbidden, notFound } from '../../lib/errors';
import type { CommunitiesRepository } from './communities.repository';
import { openCommunity } from './community-access';
import type { SubgroupRow, SubgroupsRepository } from './subgroups.repository';

type SubgroupValues = { name: string; description: string };

const nameTaken = () =>
  conflict('subgroupNameTaken', [{ path: 'name', key: 'problem.subgroupNameTaken' }]);

/**
 * Sub-groups of a community. Whoever can open the community sees their names and sizes;
 * members see who is in them; pilots run them; a member joins or leaves one themself.
 */
export function createSubgroupsService({
  communities,
  repo,
}: {
  communities: CommunitiesRepository;
  repo: SubgroupsRepository;
}) {
  async function openForPilot(actor: SessionUser, slug: string) {
    const found = await openCommunity(communities, actor, slug);
    if (!found.access.canEdit) throw forbidden();
    return found.row;
  }

  async function openSubgroup(actor: SessionUser | null, slug: string, id: string) {
    const found = await openCommunity(communities, actor, slug);
    const subgroup = await repo.find(found.row.id, id);
    if (!subgroup) throw notFound();
    return { ...found, subgroup };
  }

  async function describe(
    rows: { row: SubgroupRow; memberCount: number }[],
    actor: SessionUser | null,
    showMembers: boolean,
  ): Promise<Subgroup[]> {
    const members = await repo.members(rows.map((r) => r.row.id));
    return rows.map(({ row, memberCount }) => {
      const own = members.filter((m) => m.subgroupId === row.id);
      return {
        id: row.id,
        name: row.name,
        description: row.description,
        memberCount: Number(memberCount),
        isMember: actor !== null && own.some((m) => m.person.id === actor.id),
        members: showMembers ? own.map((m) => toPerson(m.person)) : null,
      };
    });
  }

  /** Pilots manage anyone's sub-groups; a member of the community manages their own. */
  async function openMembership(actor: SessionUser, slug: string, id: string, userId: string) {
    const { row, access, subgroup } = await openSubgroup(actor, slug, id);
    const self = userId === actor.id && access.role !== null;
    if (!access.canEdit && !self) throw forbidden();
    return { row, subgroup };
  }

  return {
    async list(actor: SessionUser | null, slug: string): Promise<Subgroup[]> {
      const { row, access } = await openCommunity(communities, actor, slug);
      return describe(await repo.list(row.id), actor, access.isMember);
    },

    async create(actor: SessionUser, slug: string, values: SubgroupValues): Promise<Subgroup> {
      const community = await openForPilot(actor, slug);
      if (await repo.findByName(community.id, values.name)) throw nameTaken();
      const row = await repo.insert(community.id, values);
      const [created] = await describe([{ row, memberCount: 0 }], actor, true);
      if (!created) throw new Error('sub-group vanished');
      return created;
    },

    async update(
      actor: SessionUser,
      slug: string,
      id: string,
      values: SubgroupValues,
    ): Promise<Subgroup> {
      const community = await openForPilot(actor, slug);
      const current = await repo.find(community.id, id);
      if (!current) throw notFound();
      const sameName = await repo.findByName(community.id, values.name);
      if (sameName && sameName.id !== id) throw nameTaken();
      await repo.update(id, values);
      const all = await this.list(actor, slug);
      const updated = all.find((s) => s.id === id);
      if (!updated) throw notFound();
      return updated;
    },

    async remove(actor: SessionUser, slug: string, id: string): Promise<void> {
      const community = await openForPilot(actor, slug);
      if (!(await repo.find(community.id, id))) throw notFound();
      await repo.delete(id);
    },

    async addMember(actor: SessionUser, slug: string, id: string, userId: string) {
      const { row, subgroup } = await openMembership(actor, slug, id, userId);
      if ((await communities.roleOf(row.id, userId)) === null)
        throw fieldProblem('userId', 'meeting.notMember');
      await repo.addMember(subgroup.id, userId);
    },

    async removeMember(actor: SessionUser, slug: string, id: string, userId: string) {
      const { subgroup } = await openMembership(actor, slug, id, userId);
      await repo.removeMember(subgroup.id, userId);
    },
  };
}
export type SubgroupsService = ReturnType<typeof createSubgroupsService>;
