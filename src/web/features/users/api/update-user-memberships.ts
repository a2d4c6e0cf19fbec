import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EstablishmentRole } from '../../../../shared/enums';
import type { UserSummary } from '../../../../shared/schemas/users';
import { api } from '../../../lib/api-client';

export interface Membership {
  establishmentId: string;
  role: EstablishmentRole;
}

export const updateUserMemberships = ({
  id,
  memberships,
}: {
  id: string;
  memberships: Membership[];
}) =>
  api<UserSummary>(`/api/users/${encodeURIComponent(id)}/memberships`, {
    method: 'PUT',
    body: { memberships },
  });

export function useUpdateUserMemberships() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserMemberships,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ['establishments'] }),
        queryClient.invalidateQueries({ queryKey: ['session'] }),
      ]),
  });
}
