import type {
  PartnershipDomain,
  PartnershipLevel,
  ReportVisibility,
  Sector,
} from '../../../shared/enums';
import type { AuditAction } from '../../../shared/schemas/admin';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Paginated } from '../../../shared/schemas/common';
import type {
  Report,
  ReportListQuery,
  ReportSummary,
  ReportValues,
} from '../../../shared/schemas/community-reports';
import type { Clock } from '../../lib/clock';
import { fieldProblem, forbidden, notFound } from '../../lib/errors';
import type { AuditService } from '../audit/audit.service';
import type { CommunitiesRepository } from './communities.repository';
import { openCommunity, type CommunityAccess } from './community-access';
import { notifyNobody, type Notify } from '../notifications/notifications.service';
import type { DocumentLinksRepository } from './document-links.repository';
import type { DocumentsRepository } from './documents.repository';
import { linkableDocument, visibleTo } from './documents.service';
import type { ReportsRepository } from './reports.repository';

type Found = NonNullable<Awaited<ReturnType<ReportsRepository['find']>>>;

const EXCERPT_LENGTH = 280;

function summary({ report, author, community }: Found): ReportSummary {
  const excerpt =
    report.whatWasDone.length > EXCERPT_LENGTH
      ? `${report.whatWasDone.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`
      : report.whatWasDone;
  return {
    id: report.id,
    title: report.title,
    establishmentName: report.establishmentName,
    sector: report.sector as Sector,
    theme: report.theme as PartnershipDomain,
    partnershipLevel: report.partnershipLevel as PartnershipLevel,
    excerpt,
    visibility: report.visibility as ReportVisibility,
    publishedAt: report.publishedAt?.toISOString() ?? null,
    createdAt: report.createdAt.toISOString(),
    updatedAt: report.updatedAt.toISOString(),
    author: author?.id && author.name ? { id: author.id, name: author.name } : null,
    community,
  };
}

/** What the reader may do with a report: its author and the community's pilots run it. */
function viewerOf(actor: SessionUser | null, access: CommunityAccess, found: Found) {
  const isAuthor = actor !== null && access.isMember && found.report.authorId === actor.id;
  return {
    canEdit: isAuthor || access.canEdit,
    canPublish: isAuthor,
    canUnpublish: isAuthor || access.canEdit,
  };
}

/**
 * Experience reports. Members read all the reports of their community and write their own;
 * other readers see the reports their authors published (in public communities only).
 */
export function createReportsService({
  communities,
  repo,
  attachments,
  documents,
  pilotsOf,
  notify = notifyNobody,
  audit,
  clock,
}: {
  communities: CommunitiesRepository;
  repo: ReportsRepository;
  attachments: DocumentLinksRepository;
  documents: DocumentsRepository;
  /** The community's pilots, told when a report is published beyond the community. */
  pilotsOf: (communityId: string) => Promise<{ id: string }[]>;
  notify?: Notify;
  audit: AuditService;
  clock: Clock;
}) {
  /** The report if the reader may see it (404 otherwise, like a non-public community). */
  async function openReport(actor: SessionUser | null, slug: string, id: string) {
    const { row, access } = await openCommunity(communities, actor, slug);
    const found = await repo.find(row.id, id);
    if (!found || (!access.isMember && found.report.visibility !== 'public')) throw notFound();
    return { community: row, access, found, viewer: viewerOf(actor, access, found) };
  }

  async function openForEdit(actor: SessionUser, slug: string, id: string) {
    const opened = await openReport(actor, slug, id);
    if (!opened.viewer.canEdit) throw forbidden();
    return opened;
  }

  async function record(actor: SessionUser, action: AuditAction, found: Found, change?: string) {
    await audit.record({
      action,
      actorId: actor.id,
      targetType: 'community_report',
      targetId: found.report.id,
      details: { community: found.community.slug, title: found.report.title, change },
    });
  }

  async function checkEstablishment(values: ReportValues) {
    if (values.establishmentId && !(await repo.establishmentExists(values.establishmentId)))
      throw fieldProblem('establishmentId', 'validation.invalid');
  }

  const service = {
    async list(
      actor: SessionUser | null,
      slug: string,
      query: ReportListQuery,
    ): Promise<Paginated<ReportSummary>> {
      const { row, access } = await openCommunity(communities, actor, slug);
      const { rows, total } = await repo.list(row.id, !access.isMember, query);
      return { items: rows.map(summary), total, page: query.page, pageSize: query.pageSize };
    },

    async listPublished(query: ReportListQuery): Promise<Paginated<ReportSummary>> {
      const { rows, total } = await repo.listPublished(query);
      return { items: rows.map(summary), total, page: query.page, pageSize: query.pageSize };
    },

    async get(actor: SessionUser | null, slug: string, id: string): Promise<Report> {
      const { access, found, viewer } = await openReport(actor, slug, id);
      const { report } = found;
      return {
        ...summary(found),
        establishmentId: report.establishmentId,
        whatWasDone: report.whatWasDone,
        withWhom: report.withWhom,
        results: report.results,
        lessons: report.lessons,
        contact: access.isMember ? report.contact : null,
        attachments: await attachments.list(report.id, visibleTo(access)),
        viewer,
      };
    },

    async create(actor: SessionUser, slug: string, values: ReportValues): Promise<Report> {
      const { row, access } = await openCommunity(communities, actor, slug);
      if (!access.isMember) throw forbidden();
      await checkEstablishment(values);
      const created = await repo.insert({ ...values, communityId: row.id, authorId: actor.id });
      const found = await repo.find(row.id, created.id);
      if (found) await record(actor, 'community.report_created', found);
      return service.get(actor, slug, created.id);
    },

    async update(actor: SessionUser, slug: string, id: string, values: ReportValues) {
      const { found } = await openForEdit(actor, slug, id);
      await checkEstablishment(values);
      await repo.update(found.report.id, values);
      await record(actor, 'community.report_updated', found);
      return service.get(actor, slug, id);
    },

    async remove(actor: SessionUser, slug: string, id: string): Promise<void> {
      const { found } = await openForEdit(actor, slug, id);
      await repo.delete(found.report.id);
      await record(actor, 'community.report_deleted', found);
    },

    /** The author publishes beyond the community; the author or a pilot takes it back. */
    async setVisibility(
      actor: SessionUser,
      slug: string,
      id: string,
      visibility: ReportVisibility,
    ): Promise<Report> {
      const { found, viewer } = await openReport(actor, slug, id);
      if (!(visibility === 'public' ? viewer.canPublish : viewer.canUnpublish)) throw forbidden();
      if (found.report.visibility !== visibility) {
        const publishing = visibility === 'public';
        await repo.setVisibility(found.report.id, visibility, publishing ? clock.now() : null);
        await record(
          actor,
          publishing ? 'community.report_published' : 'community.report_unpublished',
          found,
        );
        if (publishing) {
          await notify({
            kind: 'report_published',
            userIds: (await pilotsOf(found.report.communityId)).map((p) => p.id),
            communityId: found.report.communityId,
            actorId: actor.id,
            data: { reportTitle: found.report.title },
            link: `/communautes/${slug}/retours-experience/${found.report.id}`,
          });
        }
      }
      return service.get(actor, slug, id);
    },

    /** Attaches one of the community's documents that the writer can see. */
    async attach(actor: SessionUser, slug: string, id: string, documentId: string) {
      const { community, access, found } = await openForEdit(actor, slug, id);
      const document = await linkableDocument(documents, community.id, access, documentId);
      await attachments.attach(found.report.id, document.id);
      await record(actor, 'community.report_updated', found, 'attached');
      return service.get(actor, slug, id);
    },

    async detach(actor: SessionUser, slug: string, id: string, documentId: string) {
      const { found } = await openForEdit(actor, slug, id);
      await attachments.detach(found.report.id, documentId);
      await record(actor, 'community.report_updated', found, 'detached');
      return service.get(actor, slug, id);
    },
  };
  return service;
}
export type ReportsService = ReturnType<typeof createReportsService>;
