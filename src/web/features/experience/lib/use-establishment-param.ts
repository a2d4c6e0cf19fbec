import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../lib/auth';
import { ESTABLISHMENT_PARAM } from './paths';

/**
 * The establishment the module's pages look at: `?etablissement=<id>` in the address, else the
 * person's first establishment. Null for someone without establishment (pilots, observers and
 * administrators who have not chosen one: the dashboard then shows the region).
 */
export function useEstablishmentParam() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(ESTABLISHMENT_PARAM);
  const own = user?.establishments ?? [];
  const establishmentId = fromUrl || (user?.platformRole === 'admin' ? null : own[0]?.id) || null;
  const setEstablishmentId = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set(ESTABLISHMENT_PARAM, id);
    else next.delete(ESTABLISHMENT_PARAM);
    next.delete('page');
    setParams(next);
  };
  /** The link's query part that keeps the establishment when moving to another page. */
  const keep = establishmentId ? `?${ESTABLISHMENT_PARAM}=${establishmentId}` : '';
  const role = own.find((e) => e.id === establishmentId)?.role ?? null;
  const isAdmin = user?.platformRole === 'admin';
  return {
    establishmentId,
    setEstablishmentId,
    keep,
    /** Import, kiosks, retraining, focus groups: the establishment's quality managers, admins. */
    canManage: Boolean(establishmentId) && (isAdmin || role === 'quality_manager'),
    /** Comments and review: the establishment's people (quality managers, RU) and admins. */
    canRead: Boolean(establishmentId) && (isAdmin || role !== null),
  };
}
