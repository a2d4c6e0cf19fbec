import type { CommunityRole } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import { isAdmin } from '../../lib/authz';
import { notFound } from '../../lib/errors';
import type { CommunitiesRepository } from './communities.repository';

/** What a reader may see of a community, and whether they may run it. */
export interface CommunityAccess {
  role: CommunityRole | null;
  /** Pilots of the community and administrators. */
  canEdit: boolean;
  /** Members, pilots and administrators. */
  isMember: boolean;
}

export function accessOf(actor: SessionUser | null, role: string | null): CommunityAccess {
  const known = role === 'pilot' || role === 'member' ? role : null;
  const admin = actor !== null && isAdmin(actor);
  return { role: known, canEdit: admin || known === 'pilot', isMember: admin || known !== null };
}

/**
 * Finds a community by slug with the reader's access. A non-public community does not exist
 * for readers outside it (404, not 403).
 */
export async function openCommunity(
  repo: CommunitiesRepository,
  actor: SessionUser | null,
  slug: string,
) {
  const found = await repo.findBySlug(slug);
  if (!found) throw notFound();
  const role = actor ? await repo.roleOf(found.row.id, actor.id) : null;
  const access = accessOf(actor, role);
  if (!found.row.isPublic && !access.isMember) throw notFound();
  return { ...found, access };
}
