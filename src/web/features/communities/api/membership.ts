import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommunityMember, JoinRequest } from '../../../../shared/schemas/communities';
import { api } from '../../../lib/api-client';

const base = (slug: string) => `/api/communities/${encodeURIComponent(slug)}`;

/** After any membership change the page (viewer, member count) and the lists are stale. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['communities'] });
}

export function useRequestToJoin(slug: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (message: string) =>
      api<null>(`${base(slug)}/join-requests`, { method: 'POST', body: { message } }),
    onSuccess: invalidate,
  });
}

export function useJoinRequests(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['communities', 'requests', slug],
    queryFn: ({ signal }) => api<JoinRequest[]>(`${base(slug)}/join-requests`, { signal }),
    enabled,
  });
}

export function useDecideJoinRequest(slug: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, accept }: { id: string; accept: boolean }) =>
      api<null>(`${base(slug)}/join-requests/${id}/${accept ? 'accept' : 'decline'}`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: invalidate,
  });
}

export function useCommunityMembers(slug: string) {
  return useQuery({
    queryKey: ['communities', 'members', slug],
    queryFn: ({ signal }) => api<CommunityMember[]>(`${base(slug)}/members`, { signal }),
  });
}

export function useLeaveCommunity(slug: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => api<null>(`${base(slug)}/membership`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
