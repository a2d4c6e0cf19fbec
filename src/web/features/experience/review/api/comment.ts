import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentDetail, ReviewInput } from '../../../../../shared/schemas/experience';
import { api } from '../../../../lib/api-client';

export const commentKey = (id: string) => ['experience', 'comment', id] as const;

/** One comment with its analysis, its corrections and the findings sharing its themes. */
export function useCommentDetail(id: string | null) {
  return useQuery({
    queryKey: commentKey(id ?? ''),
    queryFn: ({ signal }) => api<CommentDetail>(`/api/experience/comments/${id}`, { signal }),
    enabled: id !== null,
  });
}

/** Saves a review; the comments list, the figures and the taxonomy's counts change with it. */
export function useReviewComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewInput) =>
      api<CommentDetail>(`/api/experience/comments/${id}/review`, { method: 'PUT', body }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(commentKey(id), saved);
      await queryClient.invalidateQueries({
        queryKey: ['experience'],
        predicate: (query) => query.queryKey[1] !== 'comment',
      });
    },
  });
}
