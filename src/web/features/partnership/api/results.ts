import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Results, ResultsQuery } from '../../../../shared/schemas/partnership';
import { api, withQuery } from '../../../lib/api-client';
import { partnershipKeys } from './keys';

const base = '/api/partnership/results';

/** The CSV of the same aggregated results, with the same filters. */
export const resultsCsvUrl = (query: ResultsQuery) => withQuery(`${base}.csv`, { ...query });

/** Agreed positions aggregated per domain and per sector (small groups hidden by the server). */
export function useResults(query: ResultsQuery) {
  return useQuery({
    queryKey: [...partnershipKeys.results, query],
    queryFn: ({ signal }) => api<Results>(base, { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}
