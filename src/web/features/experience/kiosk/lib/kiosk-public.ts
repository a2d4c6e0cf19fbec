import { useQuery } from '@tanstack/react-query';
import type { KioskPublic } from '../../../../../shared/schemas/experience/kiosk';
import { api } from '../../../../lib/api-client';
import { isApiError } from '../../../../lib/api-error';

// What the tablet shows (establishment, service, questions). A copy stays on the tablet so the
// kiosk opens without network even where the service worker is missing (development, old
// browsers); a 404 (kiosk retired, new address) removes it.

const copyKey = (token: string) => `binome.kiosk.public.${token}`;

function readCopy(token: string): KioskPublic | null {
  try {
    const raw = window.localStorage.getItem(copyKey(token));
    return raw ? (JSON.parse(raw) as KioskPublic) : null;
  } catch {
    return null;
  }
}

function writeCopy(token: string, value: KioskPublic | null) {
  try {
    if (value) window.localStorage.setItem(copyKey(token), JSON.stringify(value));
    else window.localStorage.removeItem(copyKey(token));
  } catch {
    // Storage refused: the kiosk still works while the page stays open.
  }
}

export async function fetchKioskPublic(token: string, signal?: AbortSignal) {
  try {
    const kiosk = await api<KioskPublic>(`/api/kiosk/${encodeURIComponent(token)}`, { signal });
    writeCopy(token, kiosk);
    return kiosk;
  } catch (error) {
    if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 429) {
      writeCopy(token, null);
      throw error;
    }
    const copy = readCopy(token);
    if (copy) return copy;
    throw error;
  }
}

export function useKioskPublic(token: string) {
  return useQuery({
    queryKey: ['kiosk', token],
    queryFn: ({ signal }) => fetchKioskPublic(token, signal),
    staleTime: Infinity,
  });
}

/** The kiosk no longer exists at this address (retired, or given a new one). */
export const isGone = (error: unknown) =>
  isApiError(error) && (error.status === 404 || error.status === 400);
