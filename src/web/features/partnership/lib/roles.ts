import type { SessionUser } from '../../../../shared/schemas/auth';

/** Administrators and pilots create and run workshops (the server checks it again). */
export const canRunWorkshops = (user: SessionUser | null) =>
  user?.platformRole === 'admin' || user?.platformRole === 'pilot';

/** Administrators, pilots and observers read the aggregated results. */
export const canReadResults = (user: SessionUser | null) =>
  canRunWorkshops(user) || user?.platformRole === 'observer';
