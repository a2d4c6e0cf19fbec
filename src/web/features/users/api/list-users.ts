import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PlatformRole } from '../../../../shared/enums';
import type { Paginated } from '../../../../shared/schemas/common';
import type { UserSummary } from '../../../../shared/schemas/users';
import { api } from '../../../lib/api-client';

export interface UserListParams {
  q?: string;
  role?: PlatformRole;
  page: number;
  pageSize: number;
}

export const listUsers = (params: UserListParams, signal?: AbortSignal) =>
  api<Paginated<UserSummary>>('/api/users', { query: { ...params }, signal });

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: ['users', 'list', params],
    queryFn: ({ signal }) => listUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}
