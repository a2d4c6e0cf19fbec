import { useQuery } from '@tanstack/react-query';
import type { Profile } from '../../../../shared/schemas/profile';
import { api } from '../../../lib/api-client';

export const getProfile = (signal?: AbortSignal) => api<Profile>('/api/me', { signal });

export function useProfile() {
  return useQuery({ queryKey: ['profile'], queryFn: ({ signal }) => getProfile(signal) });
}
