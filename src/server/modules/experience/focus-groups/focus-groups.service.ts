import type { SessionUser } from '../../../../shared/schemas/auth';
import type { Paginated } from '../../../../shared/schemas/common';
import type {
  FacilitatorCandidates,
  Finding,
  FocusGroupDetail,
  FocusGroupSummary,
  ParticipantProfile,
  PATHWAYS,
} from '../../../../shared/schemas/experience';
import { isAdmin } from '../../../lib/authz';
import type { Clock } from '../../../lib/clock';
import { AppError, forbidden, type FieldError } from '../../../lib/errors';
import type { AuditService } from '../../audit/audit.service';
import { canManageEstablishment, canReadEstablishment } from '../experience-access';
import { canEditFocusGroup, type FocusGroupAccess } from './focus-groups-access';
import type { FocusGroupRow, FocusGroupsRepository } from './focus-groups.repository';
import type { FindingsRepository } from './findings.repository';
import { toAction } from './findings.service';

type Pathway = (typeof PATHWAYS)[number];

/** What the create and edit forms send (after the shared schema's defaults). */
export interface FocusGroupValues {
  establishmentId: string;
  title: string;
  pathway: Pathway;
  heldOn: string;
  participants: ParticipantProfile[];
  professionalFacilitatorId: string | null;
  representativeFacilitatorId: string | null;
  notes: string;
}

const participantCount = (participants: ParticipantProfile[]) =>
  participants.reduce((sum, p) => sum + p.count, 0);

type SummaryRow = Pick<
  FocusGroupRow,
  'id' | 'establishmentId' | 'establishmentName' | 'title' | 'pathway' | 'heldOn' | 'findings'
> & { participants: ParticipantProfile[] };

const toSummary = (row: SummaryRow): FocusGroupSummary => ({
  id: row.id,
  establishmentId: row.establishmentId,
  establishmentName: row.establishmentName,
  title: row.title,
  pathway: row.pathway as Pathway,
  heldOn: row.heldOn,
  participants: participantCount(row.participants),
  findings: Number(row.findings),
});

const person = (id: string | null, name: string | null) =>
  id !== null && name !== null ? { id, name } : null;

export function createFocusGroupsService({
  repo,
  findings,
  access,
  audit,
  clock,
}: {
  repo: FocusGroupsRepository;
  findings: FindingsRepository;
  access: FocusGroupAccess;
  audit: AuditService;
  clock: Clock;
}) {
  /**
   * A facilitator must hold the matching role in the establishment; one already on the session
   * may stay after leaving it (its notes can still be completed).
   */
  async function checkFacilitators(values: FocusGroupValues, current?: FocusGroupRow) {
    const errors: FieldError[] = [];
    const sides = [
      ['professionalFacilitatorId', 'quality_manager', 'focusGroup.notProfessional'],
      ['representativeFacilitatorId', 'user_representative', 'focusGroup.notRepresentative'],
    ] as const;
    for (const [field, role, key] of sides) {
      const userId = values[field];
      if (userId === null || userId === current?.[field]) continue;
      if ((await repo.linkRole(userId, values.establishmentId)) !== role)
        errors.push({ path: field, key });
    }
    if (errors.length > 0) throw new AppError(400, 'validation', {}, errors);
  }

  async function get(actor: SessionUser, id: string): Promise<FocusGroupDetail> {
    const row = await access.open(actor, id, 'read');
    const [findingRows, actionRows] = await Promise.all([
      findings.findingsOf(id),
      findings.actionsOf(id),
    ]);
    const findingList: Finding[] = findingRows.map((f) => ({
      id: f.id,
      text: f.text,
      themes: f.themes,
      sentiment: f.sentiment,
      actions: actionRows.filter((r) => r.action.findingId === f.id).map((r) => toAction(r.action)),
    }));
    return {
      ...toSummary(row),
      participantProfiles: row.participants,
      professionalFacilitator: person(row.professionalFacilitatorId, row.professionalName),
      representativeFacilitator: person(row.representativeFacilitatorId, row.representativeName),
      notes: row.notes,
      findingList,
      canEdit: canEditFocusGroup(actor, row),
    };
  }

  return {
    get,

    /** One establishment's sessions, or those of all the reader's establishments (admins: all). */
    async list(
      actor: SessionUser,
      query: { establishmentId?: string; page: number; pageSize: number },
    ): Promise<Paginated<FocusGroupSummary>> {
      let scope: string[] | undefined;
      if (query.establishmentId) {
        if (!canReadEstablishment(actor, query.establishmentId)) throw forbidden();
        scope = [query.establishmentId];
      } else if (!isAdmin(actor)) {
        scope = actor.establishments.map((e) => e.id);
        if (scope.length === 0) throw forbidden();
      }
      const { rows, total } = await repo.list(scope, query);
      return {
        items: rows.map(toSummary),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async create(actor: SessionUser, values: FocusGroupValues): Promise<FocusGroupDetail> {
      if (!canManageEstablishment(actor, values.establishmentId)) throw forbidden();
      if (!(await repo.establishmentExists(values.establishmentId)))
        throw new AppError(400, 'validation', {}, [
          { path: 'establishmentId', key: 'focusGroup.unknownEstablishment' },
        ]);
      await checkFacilitators(values);
      const id = await repo.insert({ ...values, createdBy: actor.id });
      await audit.record({
        action: 'experience.focus_group_create',
        actorId: actor.id,
        targetType: 'experience_focus_group',
        targetId: id,
        details: { establishmentId: values.establishmentId, title: values.title },
      });
      return get(actor, id);
    },

    async update(
      actor: SessionUser,
      id: string,
      values: FocusGroupValues,
    ): Promise<FocusGroupDetail> {
      const current = await access.open(actor, id, 'write');
      // A session stays with its establishment (its facilitators and findings belong there).
      if (values.establishmentId !== current.establishmentId)
        throw new AppError(400, 'validation', {}, [
          { path: 'establishmentId', key: 'focusGroup.establishmentFixed' },
        ]);
      await checkFacilitators(values, current);
      await repo.update(id, values, clock.now());
      return get(actor, id);
    },

    async remove(actor: SessionUser, id: string): Promise<void> {
      const row = await access.open(actor, id, 'write');
      await repo.delete(id);
      await audit.record({
        action: 'experience.focus_group_delete',
        actorId: actor.id,
        targetType: 'experience_focus_group',
        targetId: id,
        details: { establishmentId: row.establishmentId, title: row.title },
      });
    },

    /** Who may facilitate: the establishment's quality managers and user representatives. */
    async facilitators(
      actor: SessionUser,
      establishmentId: string,
    ): Promise<FacilitatorCandidates> {
      if (!canReadEstablishment(actor, establishmentId)) throw forbidden();
      const [professionals, representatives] = await Promise.all([
        repo.linkedPeople(establishmentId, 'quality_manager'),
        repo.linkedPeople(establishmentId, 'user_representative'),
      ]);
      return { professionals, representatives };
    },
  };
}
export type FocusGroupsService = ReturnType<typeof createFocusGroupsService>;
