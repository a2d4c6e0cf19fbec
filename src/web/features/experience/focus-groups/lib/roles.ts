import type { SessionUser } from '../../../../../shared/schemas/auth';

// What the screens offer; the API checks the same rules on every request.

/** Plans sessions: administrators, quality managers (of the establishments they manage). */
export const canPlanFocusGroups = (user: SessionUser | null) =>
  user?.platformRole === 'admin' || Boolean(user?.establishments.some(isManaged));

/** The establishments where this person may plan a session (administrators: any). */
export const managedEstablishments = (user: SessionUser | null) =>
  (user?.establishments ?? []).filter(isManaged).map((e) => ({ id: e.id, name: e.name }));

const isManaged = (link: SessionUser['establishments'][number]) => link.role === 'quality_manager';
