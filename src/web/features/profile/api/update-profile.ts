import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Profile, ProfileUpdate } from '../../../../shared/schemas/profile';
import { api } from '../../../lib/api-client';

export const updateProfile = (body: ProfileUpdate) =>
  api<Profile>('/api/me', { method: 'PATCH', body });

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(['profile'], profile);
      return queryClient.invalidateQueries({ queryKey: ['session'] });
    },
  });
}
