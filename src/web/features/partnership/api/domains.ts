import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Domain, DomainInput } from '../../../../shared/schemas/partnership';
import { api } from '../../../lib/api-client';
import { partnershipKeys } from './keys';

const base = '/api/partnership/domains';

/** The grid's domains in order; administrators may ask for the retired ones too. */
export function useDomains(includeRetired = false) {
  return useQuery({
    queryKey: partnershipKeys.domains(includeRetired),
    queryFn: ({ signal }) =>
      api<Domain[]>(base, {
        query: { includeRetired: includeRetired ? 'true' : undefined },
        signal,
      }),
  });
}

/** Creates (no id) or updates a domain; binômes and results show the new name. */
export function useSaveDomain(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DomainInput) =>
      api<Domain>(id ? `${base}/${id}` : base, { method: id ? 'PUT' : 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
  });
}

/** Retires (true) or restores (false) a domain. */
export function useRetireDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, retired }: { id: string; retired: boolean }) =>
      api<Domain>(`${base}/${id}/retirement`, { method: 'POST', body: { retired } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
  });
}
