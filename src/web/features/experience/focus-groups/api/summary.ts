import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  CommentsSummary,
  LlmStatus,
  SummaryRequest,
} from '../../../../../shared/schemas/experience';
import { api } from '../../../../lib/api-client';

/** Whether a language model is configured (the summary button shows only then). */
export function useLlmStatus() {
  return useQuery({
    queryKey: ['experience', 'summary', 'status'],
    queryFn: ({ signal }) => api<LlmStatus>('/api/experience/summary/status', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useSummarise() {
  return useMutation({
    mutationFn: (body: SummaryRequest) =>
      api<CommentsSummary>('/api/experience/summary', { method: 'POST', body }),
  });
}
