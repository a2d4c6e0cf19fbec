import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Paginated } from '../../../../../shared/schemas/common';
import type { Comment } from '../../../../../shared/schemas/experience';
import { api } from '../../../../lib/api-client';
import { commentApiFilters, type CommentUrlFilters } from '../lib/comment-params';

export const commentsKey = ['experience', 'comments'] as const;
export const COMMENTS_PAGE_SIZE = 20;

/** One page of the comments behind the dashboard's figures (redacted text only). */
export function useComments(establishmentId: string | null, filters: CommentUrlFilters) {
  const { page, ...rest } = filters;
  const query = establishmentId
    ? { ...commentApiFilters(establishmentId, rest), page, pageSize: COMMENTS_PAGE_SIZE }
    : {};
  return useQuery({
    queryKey: [...commentsKey, query],
    queryFn: ({ signal }) => api<Paginated<Comment>>('/api/experience/comments', { query, signal }),
    placeholderData: keepPreviousData,
    enabled: Boolean(establishmentId),
  });
}
