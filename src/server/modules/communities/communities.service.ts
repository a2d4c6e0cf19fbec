import type {
  CommunityStatus,
  DeliverableStatus,
  ResourceType,
  RoleCategory,
  Sector,
} from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Paginated } from '../../../shared/schemas/common';
import type {
  CommunityListQuery,
  CommunityPage,
  CommunityPageValues,
  CommunitySummary,
  Resource,
} from '../../../shared/schemas/communities';
import { isAdmin } from '../../lib/authz';
import { conflict, forbidden, notFound } from '../../lib/errors';
import { openCommunity, type CommunityAccess } from './community-access';
import type { AuditService } from '../audit/audit.service';
import type { CommunitiesRepository, CommunityRow } from './communities.repository';
import { meetingSummary } from './meetings.service';
import { toResource } from './resources.service';

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

export function createCommunitiesService({
  repo,
  audit,
  hasPendingRequest,
}: {
  repo: CommunitiesRepository;
  audit: AuditService;
  hasPendingRequest: (communityId: string, userId: string) => Promise<boolean>;
}) {
  const open = (actor: SessionUser | null, slug: string) => openCommunity(repo, actor, slug);

  async function page(
    row: CommunityRow,
    memberCount: number,
    access: CommunityAccess,
    pendingRequest: boolean,
  ): Promise<CommunityPage> {
    const [meetings, resources] = await Promise.all([
      repo.meetings(row.id),
      repo.resources(row.id),
    ]);
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      tagline: row.tagline,
      status: row.status as CommunityStatus,
      isPublic: row.isPublic,
      context: row.context,
      objectives: row.objectives,
      objectivesNote: row.objectivesNote,
      definition: row.definition,
      definitionSource: row.definitionSource,
      audienceSectors: row.audienceSectors as Sector[],
      audienceRoles: row.audienceRoles as RoleCategory[],
      // Pilots' phone and e-mail are for members; visitors use the join request.
      pilots: row.pilots.map((p) =>
        access.isMember ? p : { name: p.name, phone: null, email: null },
      ),
      contributors: row.contributors,
      partners: row.partners,
      deliverables: row.deliverables.map((d) => ({
        ...d,
        status: d.status as DeliverableStatus,
      })),
      modalities: row.modalities,
      meetings: meetings.map((m) => meetingSummary(m, access.isMember)),
      resources: resources.map((r) => ({
        slug: r.slug,
        type: r.type as ResourceType,
        title: r.title,
        subtitle: r.subtitle,
      })),
      memberCount: Number(memberCount),
      viewer: {
        role: access.role,
        canEdit: access.canEdit,
        seesContacts: access.isMember,
        pendingRequest,
      },
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  return {
    async list(
      actor: SessionUser | null,
      query: CommunityListQuery,
    ): Promise<Paginated<CommunitySummary>> {
      const visibleTo = actor === null ? null : isAdmin(actor) ? 'all' : actor.id;
      const { rows, total } = await repo.list(query, visibleTo);
      return {
        items: rows.map(({ row, memberCount, nextMeetingAt }) => ({
          id: row.id,
          slug: row.slug,
          title: row.title,
          tagline: row.tagline,
          status: row.status as CommunityStatus,
          isPublic: row.isPublic,
          audienceSectors: row.audienceSectors as Sector[],
          audienceRoles: row.audienceRoles as RoleCategory[],
          memberCount: Number(memberCount),
          nextMeetingAt: iso(nextMeetingAt),
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(actor: SessionUser | null, slug: string): Promise<CommunityPage> {
      const { row, memberCount, access } = await open(actor, slug);
      const pending =
        actor !== null && access.role === null && (await hasPendingRequest(row.id, actor.id));
      return page(row, memberCount, access, pending);
    },

    /** Administrators and platform pilots open a community; its creator becomes its pilot. */
    async create(
      actor: SessionUser,
      values: { slug: string; title: string },
    ): Promise<CommunityPage> {
      if (!isAdmin(actor) && actor.platformRole !== 'pilot') throw forbidden();
      if (await repo.findBySlug(values.slug)) {
        throw conflict('slugTaken', [{ path: 'slug', key: 'problem.slugTaken' }]);
      }
      const row = await repo.insert(values, actor.id);
      await audit.record({
        action: 'community.created',
        actorId: actor.id,
        targetType: 'community',
        targetId: row.id,
        details: { slug: row.slug },
      });
      return this.get(actor, row.slug);
    },

    async update(
      actor: SessionUser,
      slug: string,
      values: CommunityPageValues,
    ): Promise<CommunityPage> {
      const { row, access } = await open(actor, slug);
      if (!access.canEdit) throw forbidden();
      await repo.update(row.id, values);
      await audit.record({
        action: 'community.updated',
        actorId: actor.id,
        targetType: 'community',
        targetId: row.id,
      });
      return this.get(actor, slug);
    },

    async resource(
      actor: SessionUser | null,
      slug: string,
      resourceSlug: string,
    ): Promise<Resource> {
      const { row } = await open(actor, slug);
      const found = await repo.resource(row.id, resourceSlug);
      if (!found) throw notFound();
      return toResource(found, row);
    },
  };
}
export type CommunitiesService = ReturnType<typeof createCommunitiesService>;
