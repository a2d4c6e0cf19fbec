import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchKind, SearchResults } from '../../../../shared/schemas/search';
import { api } from '../../../lib/api-client';

export interface SearchParams {
  q: string;
  kind?: SearchKind;
  community?: string;
  page: number;
  pageSize: number;
}

export function useSearch(params: SearchParams) {
  return useQuery({
    queryKey: ['search', params],
    queryFn: ({ signal }) => api<SearchResults>('/api/search', { query: { ...params }, signal }),
    // A query of fewer than two characters is refused by the server: do not send it.
    enabled: params.q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
