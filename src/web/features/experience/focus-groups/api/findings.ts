import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ExperienceAction,
  ExperienceActionInput,
  ExperienceActionPatch,
  Finding,
  FindingInput,
  ThemeFinding,
} from '../../../../../shared/schemas/experience';
import { api } from '../../../../lib/api-client';
import { FOCUS_GROUPS_API, focusGroupKeys } from './focus-groups';

/** After any change to findings or actions: the session, the lists and the asides. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: focusGroupKeys.all });
}

/** Adds (no findingId) or edits a finding of the session. */
export function useSaveFinding(groupId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ findingId, ...body }: FindingInput & { findingId?: string }) =>
      api<Finding>(`${FOCUS_GROUPS_API}/${groupId}/findings${findingId ? `/${findingId}` : ''}`, {
        method: findingId ? 'PUT' : 'POST',
        body,
      }),
    onSuccess: refresh,
  });
}

export function useDeleteFinding(groupId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (findingId: string) =>
      api<void>(`${FOCUS_GROUPS_API}/${groupId}/findings/${findingId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useAddAction(groupId: string, findingId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ExperienceActionInput) =>
      api<ExperienceAction>(`${FOCUS_GROUPS_API}/${groupId}/findings/${findingId}/actions`, {
        method: 'POST',
        body,
      }),
    onSuccess: refresh,
  });
}

/** Moves an action on: status, owner, due date, wording. */
export function useUpdateAction(groupId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ actionId, ...body }: ExperienceActionPatch & { actionId: string }) =>
      api<ExperienceAction>(`${FOCUS_GROUPS_API}/${groupId}/actions/${actionId}`, {
        method: 'PATCH',
        body,
      }),
    onSuccess: refresh,
  });
}

export function useDeleteAction(groupId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (actionId: string) =>
      api<void>(`${FOCUS_GROUPS_API}/${groupId}/actions/${actionId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

/** The establishment's focus-group findings on a theme (all themes when undefined). */
export function useThemeFindings(establishmentId: string, theme?: string) {
  return useQuery({
    queryKey: focusGroupKeys.themed(establishmentId, theme),
    queryFn: ({ signal }) =>
      api<ThemeFinding[]>('/api/experience/findings', {
        query: { establishmentId, theme },
        signal,
      }),
    enabled: establishmentId !== '',
  });
}
