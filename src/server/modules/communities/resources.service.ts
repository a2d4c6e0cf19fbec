import type { ResourceType } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Resource, ResourceValues } from '../../../shared/schemas/communities';
import { conflict, forbidden, notFound } from '../../lib/errors';
import type { AuditService } from '../audit/audit.service';
import type { CommunitiesRepository } from './communities.repository';
import { openCommunity } from './community-access';
import type { ResourceRow, ResourcesRepository } from './resources.repository';

export function toResource(row: ResourceRow, community: { slug: string; title: string }): Resource {
  return {
    slug: row.slug,
    type: row.type as ResourceType,
    title: row.title,
    subtitle: row.subtitle,
    body: row.body,
    url: row.url,
    position: row.position,
    community: { slug: community.slug, title: community.title },
  };
}

const slugTaken = () =>
  conflict('resourceSlugTaken', [{ path: 'slug', key: 'problem.resourceSlugTaken' }]);

/** Pilots (and administrators) write the resource cards of their community. */
export function createResourcesService({
  communities,
  repo,
  audit,
}: {
  communities: CommunitiesRepository;
  repo: ResourcesRepository;
  audit: AuditService;
}) {
  async function openForPilot(actor: SessionUser, slug: string) {
    const found = await openCommunity(communities, actor, slug);
    if (!found.access.canEdit) throw forbidden();
    return found.row;
  }

  async function record(actor: SessionUser, communityId: string, change: string, slug: string) {
    await audit.record({
      action: 'community.updated',
      actorId: actor.id,
      targetType: 'community',
      targetId: communityId,
      details: { resource: slug, change },
    });
  }

  return {
    async create(actor: SessionUser, slug: string, values: ResourceValues): Promise<Resource> {
      const community = await openForPilot(actor, slug);
      if (await communities.resource(community.id, values.slug)) throw slugTaken();
      const row = await repo.insert(community.id, values);
      await record(actor, community.id, 'created', row.slug);
      return toResource(row, community);
    },

    async update(
      actor: SessionUser,
      slug: string,
      resourceSlug: string,
      values: ResourceValues,
    ): Promise<Resource> {
      const community = await openForPilot(actor, slug);
      const current = await communities.resource(community.id, resourceSlug);
      if (!current) throw notFound();
      if (values.slug !== current.slug && (await communities.resource(community.id, values.slug)))
        throw slugTaken();
      const row = await repo.update(current.id, values);
      if (!row) throw notFound();
      await record(actor, community.id, 'updated', row.slug);
      return toResource(row, community);
    },

    async remove(actor: SessionUser, slug: string, resourceSlug: string): Promise<void> {
      const community = await openForPilot(actor, slug);
      const current = await communities.resource(community.id, resourceSlug);
      if (!current) throw notFound();
      await repo.delete(community.id, current.id);
      await record(actor, community.id, 'deleted', current.slug);
    },
  };
}
export type ResourcesService = ReturnType<typeof createResourcesService>;
