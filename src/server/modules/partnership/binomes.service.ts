import type { ActionStatus, BinomeSide, PartnershipLevel, Sector } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type {
  BinomeDetail,
  BinomeHistory,
  ExpectationsInput,
  PartnershipAction,
  Position,
  Rating,
  Story,
} from '../../../shared/schemas/partnership';
import type { Clock } from '../../lib/clock';
import { AppError, conflict, fieldProblem, notFound, type FieldError } from '../../lib/errors';
import type { DomainsRepository } from './domains.repository';
import { toDomainView } from './domains.service';
import type { ActionValues, BinomesRepository } from './binomes.repository';

type ActionRow = Awaited<ReturnType<BinomesRepository['actions']>>[number];
type StoryRow = Awaited<ReturnType<BinomesRepository['stories']>>[number]['story'];

const toAction = (row: ActionRow): PartnershipAction => ({
  id: row.id,
  title: row.title,
  domainId: row.domainId,
  owner: row.owner,
  dueOn: row.dueOn,
  status: row.status as ActionStatus,
  createdAt: row.createdAt.toISOString(),
});

const toStory = (row: StoryRow, authorName: string | null): Story => ({
  id: row.id,
  title: row.title,
  story: row.story,
  domainId: row.domainId,
  authorName,
  createdAt: row.createdAt.toISOString(),
});

const toRating = (r: { domainId: string; current: string; target: string }): Rating => ({
  domainId: r.domainId,
  current: r.current as PartnershipLevel,
  target: r.target as PartnershipLevel,
});

const workshopClosed = () => conflict('workshopClosed');

/**
 * A binôme's own space. Only its two members open it: for anybody else (administrators and
 * facilitators included) it does not exist. Each member's expectations reach the partner after
 * the facilitator's reveal; ratings once both members have handed theirs in.
 */
export function createBinomesService({
  repo,
  domains,
  clock,
}: {
  repo: BinomesRepository;
  domains: DomainsRepository;
  clock: Clock;
}) {
  async function open(actor: SessionUser, id: string) {
    const row = await repo.find(id);
    if (!row) throw notFound();
    const mySide: BinomeSide | null =
      row.professional.id === actor.id
        ? 'professional'
        : row.representative.id === actor.id
          ? 'representative'
          : null;
    if (mySide === null) throw notFound();
    const partnerSide: BinomeSide = mySide === 'professional' ? 'representative' : 'professional';
    // The partner's id and name are null once they deleted their account.
    const partner = row[partnerSide];
    return {
      row,
      me: { id: actor.id, name: row[mySide].name ?? actor.name, side: mySide },
      partner: { ...partner, side: partnerSide },
    };
  }

  type Opened = Awaited<ReturnType<typeof open>>;

  /** The space, for a write: refused once the workshop is closed. */
  async function openForWrite(actor: SessionUser, id: string) {
    const opened = await open(actor, id);
    if (opened.row.workshop.closedAt !== null) throw workshopClosed();
    return opened;
  }

  async function offeredDomainIds(binomeId: string) {
    return new Set((await domains.offeredTo(binomeId)).map((d) => d.id));
  }

  async function submittedBy(binomeId: string) {
    return new Set((await repo.submissions(binomeId)).map((s) => s.userId));
  }

  async function checkDomain(binomeId: string, domainId: string | null) {
    if (domainId !== null && !(await offeredDomainIds(binomeId)).has(domainId))
      throw fieldProblem('domainId', 'partnership.unknownDomain');
  }

  /** The space as its member sees it; a write passes the binôme it already opened. */
  async function describe({ row, me, partner }: Opened): Promise<BinomeDetail> {
    const id = row.id;
    const [offered, sheets, submissions, myRatings, positions, stories, actions] =
      await Promise.all([
        domains.offeredTo(id),
        repo.expectations(id),
        repo.submissions(id),
        repo.ratingsOf(id, me.id),
        repo.positions(id),
        repo.stories(id),
        repo.actions(id),
      ]);
    const mySheet = sheets.find((s) => s.userId === me.id);
    const partnerSheet = sheets.find((s) => s.userId === partner.id);
    const mySubmission = submissions.find((s) => s.userId === me.id);
    const partnerSubmitted = submissions.some((s) => s.userId === partner.id);
    const revealed = row.workshop.revealedAt !== null;
    // The partner's answers are read only when they may be shown.
    const partnerRatings =
      mySubmission && partnerSubmitted && partner.id !== null
        ? await repo.ratingsOf(id, partner.id)
        : null;
    return {
      id: row.id,
      workshop: {
        id: row.workshop.id,
        title: row.workshop.title,
        startsAt: row.workshop.startsAt.toISOString(),
        revealedAt: row.workshop.revealedAt?.toISOString() ?? null,
        closedAt: row.workshop.closedAt?.toISOString() ?? null,
      },
      establishment: {
        id: row.establishment.id,
        name: row.establishment.name,
        sector: row.establishment.sector as Sector,
      },
      me,
      partner,
      domains: offered.map(toDomainView),
      myExpectations: {
        expectations: mySheet?.expectations ?? '',
        preconceptions: mySheet?.preconceptions ?? '',
        submittedAt: mySheet?.submittedAt?.toISOString() ?? null,
      },
      partnerExpectations:
        revealed && partnerSheet?.submittedAt
          ? {
              expectations: partnerSheet.expectations,
              preconceptions: partnerSheet.preconceptions,
              submittedAt: partnerSheet.submittedAt.toISOString(),
            }
          : null,
      partnerExpectationsSubmitted: Boolean(partnerSheet?.submittedAt),
      myRatings: myRatings.map(toRating),
      myRatingsSubmittedAt: mySubmission?.submittedAt.toISOString() ?? null,
      partnerRatingsSubmitted: partnerSubmitted,
      partnerRatings: partnerRatings?.map(toRating) ?? null,
      positions: positions.map((p): Position => ({
        domainId: p.domainId,
        current: p.current as PartnershipLevel,
        target: p.target as PartnershipLevel,
        comment: p.comment,
        agreedAt: p.agreedAt.toISOString(),
        agreedBy: p.agreedBy,
      })),
      stories: stories.map((s) => toStory(s.story, s.authorName)),
      actions: actions.map(toAction),
      readOnly: row.workshop.closedAt !== null,
    };
  }

  const detail = async (actor: SessionUser, id: string) => describe(await open(actor, id));

  return {
    detail,

    /** Until the reveal, each member writes (and may hand in, then amend) their own sheet. */
    async saveExpectations(
      actor: SessionUser,
      id: string,
      input: Required<ExpectationsInput>,
    ): Promise<BinomeDetail> {
      const opened = await openForWrite(actor, id);
      const { row, me } = opened;
      if (row.workshop.revealedAt !== null) throw conflict('expectationsRevealed');
      const current = (await repo.expectations(id)).find((s) => s.userId === me.id);
      await repo.saveExpectations({
        binomeId: id,
        userId: me.id,
        side: me.side,
        expectations: input.expectations,
        preconceptions: input.preconceptions,
        submittedAt: input.submit ? clock.now() : (current?.submittedAt ?? null),
      });
      return describe(opened);
    },

    /**
     * Replaces my draft ratings; handing them in needs every active domain and locks them, so
     * that nobody changes their answer after seeing the partner's.
     */
    async saveRatings(
      actor: SessionUser,
      id: string,
      input: { ratings: Rating[]; submit: boolean },
    ): Promise<BinomeDetail> {
      const opened = await openForWrite(actor, id);
      const { me } = opened;
      if ((await submittedBy(id)).has(me.id)) throw conflict('ratingsSubmitted');
      const offered = await domains.offeredTo(id);
      const offeredIds = new Set(offered.map((d) => d.id));
      const errors: FieldError[] = input.ratings.flatMap((r, i) =>
        offeredIds.has(r.domainId)
          ? []
          : [{ path: `ratings.${i}.domainId`, key: 'partnership.unknownDomain' }],
      );
      if (errors.length > 0) throw new AppError(400, 'validation', {}, errors);
      const byDomain = new Map(input.ratings.map((r) => [r.domainId, r]));
      if (input.submit && offered.some((d) => d.retiredAt === null && !byDomain.has(d.id)))
        throw fieldProblem('ratings', 'partnership.ratingsIncomplete');
      await repo.replaceRatings(id, me.id, [...byDomain.values()], input.submit);
      return describe(opened);
    },

    /** The position the binôme agreed on, recorded by either member once both handed in. */
    async savePosition(
      actor: SessionUser,
      id: string,
      domainId: string,
      input: { current: PartnershipLevel; target: PartnershipLevel; comment: string },
    ): Promise<BinomeDetail> {
      const opened = await openForWrite(actor, id);
      const { me, partner } = opened;
      const submitted = await submittedBy(id);
      if (!submitted.has(me.id) || partner.id === null || !submitted.has(partner.id))
        throw conflict('ratingsNotSubmitted');
      if (!(await offeredDomainIds(id)).has(domainId)) throw notFound();
      await repo.savePosition({
        binomeId: id,
        domainId,
        currentLevel: input.current,
        targetLevel: input.target,
        comment: input.comment,
        agreedBy: me.id,
      });
      return describe(opened);
    },

    async addStory(
      actor: SessionUser,
      id: string,
      input: { title: string; story: string; domainId: string | null },
    ): Promise<Story> {
      const { me } = await openForWrite(actor, id);
      await checkDomain(id, input.domainId);
      const row = await repo.insertStory({ ...input, binomeId: id, authorId: me.id });
      return toStory(row, me.name);
    },

    async removeStory(actor: SessionUser, id: string, storyId: string): Promise<void> {
      await openForWrite(actor, id);
      if (!(await repo.deleteStory(id, storyId))) throw notFound();
    },

    async addAction(
      actor: SessionUser,
      id: string,
      input: ActionValues,
    ): Promise<PartnershipAction> {
      const { me } = await openForWrite(actor, id);
      await checkDomain(id, input.domainId);
      return toAction(await repo.insertAction(id, me.id, input));
    },

    async updateAction(
      actor: SessionUser,
      id: string,
      actionId: string,
      input: ActionValues,
    ): Promise<PartnershipAction> {
      await openForWrite(actor, id);
      await checkDomain(id, input.domainId);
      const row = await repo.updateAction(id, actionId, input);
      if (!row) throw notFound();
      return toAction(row);
    },

    async removeAction(actor: SessionUser, id: string, actionId: string): Promise<void> {
      await openForWrite(actor, id);
      if (!(await repo.deleteAction(id, actionId))) throw notFound();
    },

    /**
     * The agreed positions of the establishment's binômes, workshop after workshop. When an
     * establishment brought several binômes to one workshop, this binôme's positions come first,
     * then those of the binôme registered first, domain by domain.
     */
    async history(actor: SessionUser, id: string): Promise<BinomeHistory> {
      const { row } = await open(actor, id);
      const binomes = await repo.establishmentBinomes(row.establishment.id);
      const positions = await repo.positionsOf(binomes.map((x) => x.binomeId));
      const byBinome = new Map<string, typeof positions>();
      for (const p of positions) {
        const list = byBinome.get(p.binomeId) ?? [];
        list.push(p);
        byBinome.set(p.binomeId, list);
      }

      const workshops = new Map<string, { title: string; startsAt: Date; binomeIds: string[] }>();
      for (const x of binomes) {
        const entry = workshops.get(x.workshopId) ?? {
          title: x.title,
          startsAt: x.startsAt,
          binomeIds: [],
        };
        if (x.binomeId === id) entry.binomeIds.unshift(x.binomeId);
        else entry.binomeIds.push(x.binomeId);
        workshops.set(x.workshopId, entry);
      }
      const usedDomains = new Set(positions.map((p) => p.domainId));
      const domainRows = await repo.historyDomains([...usedDomains]);
      const order = new Map(domainRows.map((d, i) => [d.id, i]));
      return {
        workshops: [...workshops].map(([workshopId, entry]) => {
          const chosen = new Map<
            string,
            { domainId: string; current: PartnershipLevel; target: PartnershipLevel }
          >();
          for (const binomeId of entry.binomeIds)
            for (const p of byBinome.get(binomeId) ?? [])
              if (!chosen.has(p.domainId))
                chosen.set(p.domainId, {
                  domainId: p.domainId,
                  current: p.current as PartnershipLevel,
                  target: p.target as PartnershipLevel,
                });
          return {
            workshopId,
            title: entry.title,
            startsAt: entry.startsAt.toISOString(),
            positions: [...chosen.values()].sort(
              (x, y) => (order.get(x.domainId) ?? 0) - (order.get(y.domainId) ?? 0),
            ),
          };
        }),
        domains: domainRows,
      };
    },
  };
}
export type BinomesService = ReturnType<typeof createBinomesService>;
