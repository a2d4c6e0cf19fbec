import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const deleteEstablishment = (id: string) =>
  api<void>(`/api/establishments/${encodeURIComponent(id)}`, { method: 'DELETE' });

export function useDeleteEstablishment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEstablishment,
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: ['establishments', 'detail', id] });
      return queryClient.invalidateQueries({ queryKey: ['establishments', 'list'] });
    },
  });
}
