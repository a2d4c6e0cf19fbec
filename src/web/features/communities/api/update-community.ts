import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommunityPage, CommunityPageValues } from '../../../../shared/schemas/communities';
import { api } from '../../../lib/api-client';

export const updateCommunity = ({ slug, body }: { slug: string; body: CommunityPageValues }) =>
  api<CommunityPage>(`/api/communities/${encodeURIComponent(slug)}`, { method: 'PUT', body });

export function useUpdateCommunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCommunity,
    onSuccess: (updated) => {
      queryClient.setQueryData(['communities', 'detail', updated.slug], updated);
      return queryClient.invalidateQueries({ queryKey: ['communities', 'list'] });
    },
  });
}
