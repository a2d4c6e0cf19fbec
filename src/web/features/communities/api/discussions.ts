import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paginated } from '../../../../shared/schemas/common';
import type { Thread, ThreadSummary } from '../../../../shared/schemas/communities';
import { api } from '../../../lib/api-client';

const base = (slug: string) => `/api/communities/${encodeURIComponent(slug)}/threads`;

/** One page of questions, all of them or one sub-group's. */
export function useThreads(slug: string, page: number, pageSize: number, subgroup?: string) {
  return useQuery({
    queryKey: ['communities', 'threads', slug, page, pageSize, subgroup],
    queryFn: ({ signal }) =>
      api<Paginated<ThreadSummary>>(base(slug), { query: { page, pageSize, subgroup }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useThread(slug: string, id: string) {
  return useQuery({
    queryKey: ['communities', 'thread', slug, id],
    queryFn: ({ signal }) => api<Thread>(`${base(slug)}/${id}`, { signal }),
  });
}

/** Every write returns the thread as it now is; lists are refreshed. */
function useThreadWrite<V>(slug: string, send: (v: V) => Promise<Thread>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (thread) => {
      queryClient.setQueryData(['communities', 'thread', slug, thread.id], thread);
      return queryClient.invalidateQueries({ queryKey: ['communities', 'threads', slug] });
    },
  });
}

export const useCreateThread = (slug: string) =>
  useThreadWrite(slug, (body: { title: string; body: string }) =>
    api<Thread>(base(slug), { method: 'POST', body }),
  );

export const useReply = (slug: string, id: string) =>
  useThreadWrite(slug, (body: { body: string }) =>
    api<Thread>(`${base(slug)}/${id}/posts`, { method: 'POST', body }),
  );

export const useMarkSynthesis = (slug: string, id: string) =>
  useThreadWrite(slug, (postId: string | null) =>
    api<Thread>(`${base(slug)}/${id}/synthesis`, { method: 'PUT', body: { postId } }),
  );
