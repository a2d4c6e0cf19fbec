import type { SessionUser } from '../../../../shared/schemas/auth';
import { forbidden, notFound } from '../../../lib/errors';
import { canManageEstablishment, canReadEstablishment } from '../experience-access';
import type { FocusGroupRow, FocusGroupsRepository } from './focus-groups.repository';

// Who may see and change a focus group: the establishment's people read it (quality managers,
// RU, administrators); its quality managers, administrators and the session's two facilitators
// change it. Someone who may not read a session is told it does not exist.

export const canEditFocusGroup = (
  actor: SessionUser,
  row: Pick<
    FocusGroupRow,
    'establishmentId' | 'professionalFacilitatorId' | 'representativeFacilitatorId'
  >,
) =>
  canManageEstablishment(actor, row.establishmentId) ||
  (canReadEstablishment(actor, row.establishmentId) &&
    (actor.id === row.professionalFacilitatorId || actor.id === row.representativeFacilitatorId));

export function createFocusGroupAccess(repo: FocusGroupsRepository) {
  return {
    /** The session for reading (404 when missing or out of reach) or writing (403). */
    async open(actor: SessionUser, id: string, mode: 'read' | 'write') {
      const row = await repo.find(id);
      if (!row || !canReadEstablishment(actor, row.establishmentId)) throw notFound();
      if (mode === 'write' && !canEditFocusGroup(actor, row)) throw forbidden();
      return row;
    },
  };
}
export type FocusGroupAccess = ReturnType<typeof createFocusGroupAccess>;
