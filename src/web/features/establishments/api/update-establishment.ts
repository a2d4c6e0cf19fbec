import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Establishment } from '../../../../shared/schemas/establishments';
import { api } from '../../../lib/api-client';
import type { EstablishmentBody } from './create-establishment';

export const updateEstablishment = ({ id, body }: { id: string; body: EstablishmentBody }) =>
  api<Establishment>(`/api/establishments/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export function useUpdateEstablishment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEstablishment,
    onSuccess: (updated) => {
      queryClient.setQueryData(['establishments', 'detail', updated.id], updated);
      return queryClient.invalidateQueries({ queryKey: ['establishments', 'list'] });
    },
  });
}
