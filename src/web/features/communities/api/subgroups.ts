import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Subgroup } from '../../../../shared/schemas/communities';
import { api } from '../../../lib/api-client';

const base = (slug: string) => `/api/communities/${encodeURIComponent(slug)}/subgroups`;
const listKey = (slug: string) => ['communities', 'subgroups', slug];

export function useSubgroups(slug: string) {
  return useQuery({
    queryKey: listKey(slug),
    queryFn: ({ signal }) => api<Subgroup[]>(base(slug), { signal }),
  });
}

/** Sub-group names also label meetings and questions: the whole community cache is refreshed. */
function useSubgroupWrite<V>(slug: string, send: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['communities'] }),
  });
}

export type SubgroupBody = { name: string; description: string };

/** Creates (no id) or updates a sub-group. */
export const useSaveSubgroup = (slug: string, id?: string) =>
  useSubgroupWrite(slug, (body: SubgroupBody) =>
    api<Subgroup>(id ? `${base(slug)}/${id}` : base(slug), { method: id ? 'PUT' : 'POST', body }),
  );

export const useDeleteSubgroup = (slug: string) =>
  useSubgroupWrite(slug, (id: string) => api<null>(`${base(slug)}/${id}`, { method: 'DELETE' }));

/** Adds (PUT) or removes (DELETE) a community member from a sub-group. */
export const useSubgroupMember = (slug: string, id: string) =>
  useSubgroupWrite(slug, ({ userId, add }: { userId: string; add: boolean }) =>
    api<null>(`${base(slug)}/${id}/members/${userId}`, { method: add ? 'PUT' : 'DELETE' }),
  );
