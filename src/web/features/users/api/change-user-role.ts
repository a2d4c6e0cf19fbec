import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlatformRole } from '../../../../shared/enums';
import type { UserSummary } from '../../../../shared/schemas/users';
import { api } from '../../../lib/api-client';

export const changeUserRole = ({ id, platformRole }: { id: string; platformRole: PlatformRole }) =>
  api<UserSummary>(`/api/users/${encodeURIComponent(id)}/role`, {
    method: 'PATCH',
    body: { platformRole },
  });

export function useChangeUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeUserRole,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ['session'] }),
      ]),
  });
}
