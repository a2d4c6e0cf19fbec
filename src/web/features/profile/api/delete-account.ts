import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../../../shared/schemas/auth';
import { api } from '../../../lib/api-client';

export const deleteAccount = (body: { password: string }) =>
  api<void>('/api/me', { method: 'DELETE', body });

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      queryClient.setQueryData<SessionResponse>(['session'], (old) =>
        old ? { ...old, user: null } : old,
      );
    },
  });
}
