import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Sector } from '../../../../shared/enums';
import type { Paginated } from '../../../../shared/schemas/common';
import type { Establishment } from '../../../../shared/schemas/establishments';
import { api } from '../../../lib/api-client';

export interface EstablishmentListParams {
  q?: string;
  sector?: Sector;
  page: number;
  pageSize: number;
}

export const listEstablishments = (params: EstablishmentListParams, signal?: AbortSignal) =>
  api<Paginated<Establishment>>('/api/establishments', { query: { ...params }, signal });

export function useEstablishments(params: EstablishmentListParams) {
  return useQuery({
    queryKey: ['establishments', 'list', params],
    queryFn: ({ signal }) => listEstablishments(params, signal),
    placeholderData: keepPreviousData,
  });
}
