import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paginated } from '../../../../../shared/schemas/common';
import type {
  FacilitatorCandidates,
  FocusGroupDetail,
  FocusGroupInput,
  FocusGroupSummary,
} from '../../../../../shared/schemas/experience';
import { api } from '../../../../lib/api-client';

export const FOCUS_GROUPS_API = '/api/experience/focus-groups';

/** Query keys of the focus groups; every write refreshes what it may have changed. */
export const focusGroupKeys = {
  all: ['experience', 'focus-groups'] as const,
  list: (establishmentId: string | null, page: number, pageSize: number) =>
    ['experience', 'focus-groups', 'list', establishmentId ?? 'all', page, pageSize] as const,
  detail: (id: string) => ['experience', 'focus-groups', 'detail', id] as const,
  facilitators: (establishmentId: string) =>
    ['experience', 'focus-groups', 'facilitators', establishmentId] as const,
  themed: (establishmentId: string, theme: string | undefined) =>
    ['experience', 'focus-groups', 'themed', establishmentId, theme ?? ''] as const,
};

/** Sessions of one establishment, or of all the reader's establishments (null). */
export function useFocusGroups(establishmentId: string | null, page: number, pageSize: number) {
  return useQuery({
    queryKey: focusGroupKeys.list(establishmentId, page, pageSize),
    queryFn: ({ signal }) =>
      api<Paginated<FocusGroupSummary>>(FOCUS_GROUPS_API, {
        query: { establishmentId, page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useFocusGroup(id: string) {
  return useQuery({
    queryKey: focusGroupKeys.detail(id),
    queryFn: ({ signal }) => api<FocusGroupDetail>(`${FOCUS_GROUPS_API}/${id}`, { signal }),
  });
}

/** Creates (no id) or updates a session. */
export function useSaveFocusGroup(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FocusGroupInput) =>
      api<FocusGroupDetail>(id ? `${FOCUS_GROUPS_API}/${id}` : FOCUS_GROUPS_API, {
        method: id ? 'PUT' : 'POST',
        body,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(focusGroupKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: focusGroupKeys.all });
    },
  });
}

export function useDeleteFocusGroup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`${FOCUS_GROUPS_API}/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: focusGroupKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: focusGroupKeys.all });
    },
  });
}

/** The establishment's quality managers and user representatives, who may facilitate. */
export function useFacilitators(establishmentId: string) {
  return useQuery({
    queryKey: focusGroupKeys.facilitators(establishmentId),
    queryFn: ({ signal }) =>
      api<FacilitatorCandidates>(`${FOCUS_GROUPS_API}/facilitators`, {
        query: { establishmentId },
        signal,
      }),
    enabled: establishmentId !== '',
    staleTime: 60_000,
  });
}
