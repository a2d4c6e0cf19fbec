import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Resource, ResourceValues } from '../../../../shared/schemas/communities';
import { api } from '../../../lib/api-client';

const base = (slug: string) => `/api/communities/${encodeURIComponent(slug)}/resources`;
const resourceKey = (slug: string, resource: string) => ['communities', 'resource', slug, resource];

/**
 * The page of a renamed or deleted resource is dropped and the rest refreshed without waiting,
 * so the caller navigates away before the page still on screen could refetch it (a 404).
 */
function refresh(queryClient: QueryClient, slug: string, gone?: string) {
  if (gone) queryClient.removeQueries({ queryKey: resourceKey(slug, gone), exact: true });
  void queryClient.invalidateQueries({ queryKey: ['communities'] });
}

/** Creates (no current slug) or updates a resource; its page and the community page refresh. */
export function useSaveResource(slug: string, current?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResourceValues) =>
      api<Resource>(current ? `${base(slug)}/${encodeURIComponent(current)}` : base(slug), {
        method: current ? 'PUT' : 'POST',
        body,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(resourceKey(slug, saved.slug), saved);
      refresh(queryClient, slug, current && current !== saved.slug ? current : undefined);
    },
  });
}

export function useDeleteResource(slug: string, resource: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<null>(`${base(slug)}/${encodeURIComponent(resource)}`, { method: 'DELETE' }),
    onSuccess: () => refresh(queryClient, slug, resource),
  });
}
