import { createHash } from 'node:crypto';
import type { BinomeSide, Sector, WorkshopMode } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Paginated } from '../../../shared/schemas/common';
import type {
  BinomeInput,
  BinomeSummary,
  Facilitation,
  WorkshopDetail,
  WorkshopSummary,
  WorkshopValues,
} from '../../../shared/schemas/partnership';
import type { Clock } from '../../lib/clock';
import { AppError, conflict, forbidden, notFound, type FieldError } from '../../lib/errors';
import { parisTime } from '../../lib/paris-time';
import { notifyNobody, type Notify } from '../notifications/notifications.service';
import type { AuditService } from '../audit/audit.service';
import type { DomainsRepository } from './domains.repository';
import { isFacilitator } from './partnership-access';
import {
  visibleTo,
  type BinomeSummaryRow,
  type WorkshopRow,
  type WorkshopsRepository,
} from './workshops.repository';

export const toBinomeSummary = (row: BinomeSummaryRow): BinomeSummary => ({
  id: row.id,
  establishment: {
    id: row.establishment.id,
    name: row.establishment.name,
    sector: row.establishment.sector as Sector,
  },
  professional: row.professional,
  representative: row.representative,
});

function toBase(row: WorkshopRow, binomeCount: number) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    mode: row.mode as WorkshopMode,
    place: row.place,
    link: row.link,
    revealedAt: row.revealedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    binomeCount: Number(binomeCount),
  };
}

/** A stable order that owes nothing to who wrote first (texts are shown anonymously). */
const shuffleKey = (binomeId: string, side: string, field: string) =>
  createHash('sha256').update(`${binomeId}:${side}:${field}`).digest('hex');

/** A second registration of the same person raced past the check: the unique index says no. */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e;) {
    if (e.code === '23505') return true;
    e = e.cause as typeof e;
  }
  return false;
}

const memberTaken = () => conflict('binomeMemberTaken');

export function createWorkshopsService({
  repo,
  domains,
  audit,
  clock,
  notify = notifyNobody,
}: {
  repo: WorkshopsRepository;
  domains: DomainsRepository;
  audit: AuditService;
  clock: Clock;
  /** Tells the members of a binôme they are registered, then that the expectations are revealed. */
  notify?: Notify;
}) {
  const scopeOf = (actor: SessionUser) => (isFacilitator(actor) ? undefined : visibleTo(actor.id));

  function requireFacilitator(actor: SessionUser) {
    if (!isFacilitator(actor)) throw forbidden();
  }

  /** The workshop for a facilitator's action; 404 when it does not exist. */
  async function openForFacilitator(actor: SessionUser, id: string) {
    requireFacilitator(actor);
    const row = await repo.findRow(id);
    if (!row) throw notFound();
    return row;
  }

  async function toValues(input: WorkshopValues) {
    const known = new Set(await repo.existingCommunities(input.communityIds));
    const errors: FieldError[] = input.communityIds.flatMap((id, i) =>
      known.has(id) ? [] : [{ path: `communityIds.${i}`, key: 'partnership.unknownCommunity' }],
    );
    if (errors.length > 0) throw new AppError(400, 'validation', {}, errors);
    return {
      values: {
        title: input.title,
        description: input.description,
        startsAt: parisTime(input.date, input.start),
        endsAt: parisTime(input.date, input.end),
        mode: input.mode,
        place: input.place,
        link: input.link,
      },
      communityIds: [...new Set(input.communityIds)],
    };
  }

  async function record(
    actor: SessionUser,
    action:
      | 'workshop_created'
      | 'workshop_updated'
      | 'workshop_deleted'
      | 'binome_registered'
      | 'binome_removed'
      | 'revealed'
      | 'closed'
      | 'reopened',
    workshopId: string,
    details: Record<string, unknown> = {},
  ) {
    await audit.record({
      action: `partnership.${action}`,
      actorId: actor.id,
      targetType: 'partnership_workshop',
      targetId: workshopId,
      details,
    });
  }

  async function get(actor: SessionUser, id: string): Promise<WorkshopDetail> {
    const found = await repo.find(actor.id, id, scopeOf(actor));
    if (!found) throw notFound();
    const canFacilitate = isFacilitator(actor);
    const seesBinomes = canFacilitate || found.myBinomeId !== null;
    const [communities, binomes] = await Promise.all([
      repo.communitiesOf(id),
      seesBinomes ? repo.binomesOf(id) : Promise.resolve([]),
    ]);
    return {
      ...toBase(found.workshop, found.binomeCount),
      communities,
      myBinomeId: found.myBinomeId,
      canFacilitate,
      binomes: binomes.map(toBinomeSummary),
    };
  }

  return {
    get,

    /** Facilitators see every workshop; others theirs and their communities'. */
    async list(
      actor: SessionUser,
      query: { period: 'upcoming' | 'past' | 'all'; page: number; pageSize: number },
    ): Promise<Paginated<WorkshopSummary>> {
      const { rows, total } = await repo.list(actor.id, scopeOf(actor), query, clock.now());
      return {
        items: rows.map((r) => ({
          ...toBase(r.workshop, r.binomeCount),
          myBinomeId: r.myBinomeId,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async create(actor: SessionUser, input: WorkshopValues): Promise<WorkshopDetail> {
      requireFacilitator(actor);
      const { values, communityIds } = await toValues(input);
      const id = await repo.insert({ ...values, createdBy: actor.id }, communityIds);
      await record(actor, 'workshop_created', id);
      return get(actor, id);
    },

    async update(actor: SessionUser, id: string, input: WorkshopValues): Promise<WorkshopDetail> {
      await openForFacilitator(actor, id);
      const { values, communityIds } = await toValues(input);
      await repo.update(id, values, communityIds);
      await record(actor, 'workshop_updated', id);
      return get(actor, id);
    },

    async remove(actor: SessionUser, id: string): Promise<void> {
      const row = await openForFacilitator(actor, id);
      await repo.delete(id);
      await record(actor, 'workshop_deleted', id, { title: row.title });
    },

    /** Shows each binôme the partner's expectations; done once, for good. */
    async reveal(actor: SessionUser, id: string): Promise<WorkshopDetail> {
      const row = await openForFacilitator(actor, id);
      if (!row.revealedAt) {
        await repo.setState(id, { revealedAt: clock.now() });
        await record(actor, 'revealed', id);
        const binomes = await repo.binomesOf(id);
        await notify({
          kind: 'workshop_revealed',
          userIds: binomes
            .flatMap((b) => [b.professional.id, b.representative.id])
            .filter((userId): userId is string => userId !== null),
          communityId: null,
          actorId: actor.id,
          data: { workshopTitle: row.title },
          link: `/partenariat/ateliers/${id}`,
        });
      }
      return get(actor, id);
    },

    async close(actor: SessionUser, id: string): Promise<WorkshopDetail> {
      const row = await openForFacilitator(actor, id);
      if (!row.closedAt) {
        await repo.setState(id, { closedAt: clock.now() });
        await record(actor, 'closed', id);
      }
      return get(actor, id);
    },

    async reopen(actor: SessionUser, id: string): Promise<WorkshopDetail> {
      const row = await openForFacilitator(actor, id);
      if (row.closedAt) {
        await repo.setState(id, { closedAt: null });
        await record(actor, 'reopened', id);
      }
      return get(actor, id);
    },

    /** Who may be registered for an establishment: its quality managers and its RU. */
    async candidates(actor: SessionUser, id: string, establishmentId: string) {
      await openForFacilitator(actor, id);
      const [professionals, representatives] = await Promise.all([
        repo.linkedPeople(establishmentId, 'quality_manager'),
        repo.linkedPeople(establishmentId, 'user_representative'),
      ]);
      return { professionals, representatives };
    },

    async registerBinome(
      actor: SessionUser,
      id: string,
      input: BinomeInput,
    ): Promise<BinomeSummary> {
      const workshop = await openForFacilitator(actor, id);
      const { establishmentId, professionalId, representativeId } = input;
      if (!(await repo.establishmentExists(establishmentId)))
        throw new AppError(400, 'validation', {}, [
          { path: 'establishmentId', key: 'partnership.unknownEstablishment' },
        ]);
      const [professionalRole, representativeRole] = await Promise.all([
        repo.linkRole(professionalId, establishmentId),
        repo.linkRole(representativeId, establishmentId),
      ]);
      const errors: FieldError[] = [];
      if (professionalRole !== 'quality_manager')
        errors.push({ path: 'professionalId', key: 'partnership.notProfessional' });
      if (representativeRole !== 'user_representative')
        errors.push({ path: 'representativeId', key: 'partnership.notRepresentative' });
      if (errors.length > 0) throw new AppError(400, 'validation', {}, errors);
      if (await repo.memberTaken(id, [professionalId, representativeId])) throw memberTaken();
      let binomeId: string;
      try {
        binomeId = await repo.insertBinome({ workshopId: id, ...input });
      } catch (error) {
        if (isUniqueViolation(error)) throw memberTaken();
        throw error;
      }
      await record(actor, 'binome_registered', id, { binomeId, establishmentId });
      await notify({
        kind: 'workshop_registration',
        userIds: [professionalId, representativeId],
        communityId: null,
        actorId: actor.id,
        data: { workshopTitle: workshop.title, startsAt: workshop.startsAt.toISOString() },
        link: `/partenariat/binomes/${binomeId}`,
      });
      const created = await repo.binomeSummary(binomeId);
      if (!created) throw notFound();
      return toBinomeSummary(created);
    },

    async removeBinome(actor: SessionUser, id: string, binomeId: string): Promise<void> {
      await openForFacilitator(actor, id);
      if (!(await repo.deleteBinome(id, binomeId))) throw notFound();
      await record(actor, 'binome_removed', id, { binomeId });
    },

    /**
     * The facilitator's view: who handed in what (never the answers themselves) and, after the
     * reveal, every submitted text grouped by side, without author nor establishment.
     */
    async facilitation(actor: SessionUser, id: string): Promise<Facilitation> {
      const workshop = await openForFacilitator(actor, id);
      const [binomes, sheets, submissions, agreed, activeDomains] = await Promise.all([
        repo.binomesOf(id),
        repo.expectationsOf(id),
        repo.ratingSubmissionsOf(id),
        repo.agreedCountsOf(id),
        domains.activeIds(),
      ]);
      const handedIn = new Set(
        sheets.filter((s) => s.submittedAt !== null).map((s) => `${s.binomeId}:${s.side}`),
      );
      const rated = new Set(submissions.map((s) => `${s.binomeId}:${s.userId}`));
      const agreedBy = new Map(agreed.map((a) => [a.binomeId, Number(a.agreed)]));

      const texts = (side: BinomeSide, field: 'expectations' | 'preconceptions') =>
        workshop.revealedAt === null
          ? []
          : sheets
              .filter((s) => s.side === side && s.submittedAt !== null && s[field].trim() !== '')
              .map((s) => ({ key: shuffleKey(s.binomeId, side, field), text: s[field] }))
              .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
              .map((s) => s.text);

      return {
        workshopId: id,
        revealedAt: workshop.revealedAt?.toISOString() ?? null,
        closedAt: workshop.closedAt?.toISOString() ?? null,
        progress: binomes.map((row) => ({
          ...toBinomeSummary(row),
          professionalExpectationsSubmitted: handedIn.has(`${row.id}:professional`),
          representativeExpectationsSubmitted: handedIn.has(`${row.id}:representative`),
          professionalRatingsSubmitted: rated.has(`${row.id}:${row.professional.id}`),
          representativeRatingsSubmitted: rated.has(`${row.id}:${row.representative.id}`),
          agreedDomains: agreedBy.get(row.id) ?? 0,
        })),
        activeDomains: activeDomains.length,
        expectations: {
          professional: {
            expectations: texts('professional', 'expectations'),
            preconceptions: texts('professional', 'preconceptions'),
          },
          representative: {
            expectations: texts('representative', 'expectations'),
            preconceptions: texts('representative', 'preconceptions'),
          },
        },
      };
    },
  };
}
export type WorkshopsService = ReturnType<typeof createWorkshopsService>;
