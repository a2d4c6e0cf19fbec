import type { SessionUser } from '../../../shared/schemas/auth';

// Who may do what in the partnership module. Binôme spaces are checked in binomes.service.ts:
// only the two members open them (everybody else gets 404, administrators included).

/** Administrators and pilots (regional structure staff) create and run workshops. */
export const isFacilitator = (user: SessionUser) =>
  user.platformRole === 'admin' || user.platformRole === 'pilot';

/** Aggregated results: administrators, pilots and observers (e.g. the regional health agency). */
export const canReadResults = (user: SessionUser) =>
  user.platformRole === 'admin' ||
  user.platformRole === 'pilot' ||
  user.platformRole === 'observer';
