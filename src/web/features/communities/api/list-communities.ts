import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CommunityStatus, RoleCategory, Sector } from '../../../../shared/enums';
import type { Paginated } from '../../../../shared/schemas/common';
import type { CommunitySummary } from '../../../../shared/schemas/communities';
import { api } from '../../../lib/api-client';

export interface CommunityListParams {
  q?: string;
  sector?: Sector;
  role?: RoleCategory;
  status?: CommunityStatus;
  page: number;
  pageSize: number;
}

export const listCommunities = (params: CommunityListParams, signal?: AbortSignal) =>
  api<Paginated<CommunitySummary>>('/api/communities', { query: { ...params }, signal });

export function useCommunities(params: CommunityListParams) {
  return useQuery({
    queryKey: ['communities', 'list', params],
    queryFn: ({ signal }) => listCommunities(params, signal),
    placeholderData: keepPreviousData,
  });
}
