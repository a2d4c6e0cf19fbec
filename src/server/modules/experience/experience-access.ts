import type { SessionUser } from '../../../shared/schemas/auth';

// Who may do what in the patient-experience module. Comments are read only by the people of
// their establishment (quality managers and user representatives) and administrators; pilots
// and observers see the region's aggregated figures, never a comment.

const linkOf = (user: SessionUser, establishmentId: string) =>
  user.establishments.find((e) => e.id === establishmentId);

/** Reads the establishment's dashboards and comments, corrects the analysis, sees focus groups. */
export const canReadEstablishment = (user: SessionUser, establishmentId: string) =>
  user.platformRole === 'admin' || linkOf(user, establishmentId) !== undefined;

/** Imports files, manages kiosks, retrains the model, plans focus groups. */
export const canManageEstablishment = (user: SessionUser, establishmentId: string) =>
  user.platformRole === 'admin' || linkOf(user, establishmentId)?.role === 'quality_manager';

/** The region's aggregated dashboard (no comment, minimum group sizes apply). */
export const canReadRegion = (user: SessionUser) =>
  user.platformRole === 'admin' ||
  user.platformRole === 'pilot' ||
  user.platformRole === 'observer' ||
  user.establishments.length > 0;

/** The taxonomy is the platform's: administrators edit it. */
export const canEditTaxonomy = (user: SessionUser) => user.platformRole === 'admin';
