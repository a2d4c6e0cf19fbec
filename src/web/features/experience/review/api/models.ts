import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ExperienceModel,
  ModelsOverview,
  ReanalyseResult,
} from '../../../../../shared/schemas/experience';
import { api } from '../../../../lib/api-client';

const base = '/api/experience/models';
export const modelsKey = (establishmentId: string) =>
  ['experience', 'models', establishmentId] as const;

/** While a retrain waits or runs, the page asks again every few seconds. */
const POLL_MS = 3_000;
const running = (model: ExperienceModel) =>
  model.status === 'queued' || model.status === 'training';

/** The establishment's reviewed comments and retrained models, newest first. */
export function useModels(establishmentId: string | null) {
  return useQuery({
    queryKey: modelsKey(establishmentId ?? ''),
    queryFn: ({ signal }) => api<ModelsOverview>(base, { query: { establishmentId }, signal }),
    enabled: Boolean(establishmentId),
    refetchInterval: (query) => (query.state.data?.models.some(running) ? POLL_MS : false),
  });
}

export function useRetrain(establishmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<ExperienceModel>(base, { method: 'POST', body: { establishmentId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: modelsKey(establishmentId) }),
  });
}

/** Sends the unreviewed comments back to the analysis, with the model in use. */
export function useReanalyse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (modelId: string) =>
      api<ReanalyseResult>(`${base}/${modelId}/reanalyse`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['experience'] }),
  });
}
