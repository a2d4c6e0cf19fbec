import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Kiosk, KioskInput } from '../../../../../shared/schemas/experience/kiosk';
import { api } from '../../../../lib/api-client';

const base = '/api/experience/kiosks';
const keys = {
  all: ['experience', 'kiosks'] as const,
  list: (establishmentId: string) => ['experience', 'kiosks', establishmentId] as const,
};

/** The establishment's kiosks in service (quality managers and administrators). */
export function useKiosks(establishmentId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: keys.list(establishmentId ?? ''),
    queryFn: ({ signal }) => api<Kiosk[]>(base, { query: { establishmentId }, signal }),
    enabled: enabled && Boolean(establishmentId),
  });
}

function useKioskMutation<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export const useCreateKiosk = () =>
  useKioskMutation((body: KioskInput) => api<Kiosk>(base, { method: 'POST', body }));

/** A new secret address; the old one stops working at once. */
export const useRenewKioskAddress = () =>
  useKioskMutation((id: string) => api<Kiosk>(`${base}/${id}/token`, { method: 'POST' }));

export const useRetireKiosk = () =>
  useKioskMutation((id: string) => api<void>(`${base}/${id}`, { method: 'DELETE' }));
