import { useQuery } from '@tanstack/react-query';
import type { EstablishmentMember } from '../../../../shared/schemas/establishments';
import { api } from '../../../lib/api-client';

export const listEstablishmentMembers = (id: string, signal?: AbortSignal) =>
  api<EstablishmentMember[]>(`/api/establishments/${encodeURIComponent(id)}/members`, { signal });

export function useEstablishmentMembers(id: string) {
  return useQuery({
    queryKey: ['establishments', 'members', id],
    queryFn: ({ signal }) => listEstablishmentMembers(id, signal),
  });
}
