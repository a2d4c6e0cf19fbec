import { useQuery } from '@tanstack/react-query';
import type { CommunityPage, Resource } from '../../../../shared/schemas/communities';
import { api } from '../../../lib/api-client';

const path = (slug: string) => `/api/communities/${encodeURIComponent(slug)}`;

export const getCommunity = (slug: string, signal?: AbortSignal) =>
  api<CommunityPage>(path(slug), { signal });

export function useCommunity(slug: string) {
  return useQuery({
    queryKey: ['communities', 'detail', slug],
    queryFn: ({ signal }) => getCommunity(slug, signal),
  });
}

export function useCommunityResource(slug: string, resource: string) {
  return useQuery({
    queryKey: ['communities', 'resource', slug, resource],
    queryFn: ({ signal }) =>
      api<Resource>(`${path(slug)}/resources/${encodeURIComponent(resource)}`, { signal }),
  });
}
