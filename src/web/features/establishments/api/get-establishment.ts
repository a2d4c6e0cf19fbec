import { useQuery } from '@tanstack/react-query';
import type { Establishment } from '../../../../shared/schemas/establishments';
import { api } from '../../../lib/api-client';

export const getEstablishment = (id: string, signal?: AbortSignal) =>
  api<Establishment>(`/api/establishments/${encodeURIComponent(id)}`, { signal });

export function useEstablishment(id: string) {
  return useQuery({
    queryKey: ['establishments', 'detail', id],
    queryFn: ({ signal }) => getEstablishment(id, signal),
  });
}
