import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Invitation } from '../../../../shared/schemas/auth';
import type { Paginated } from '../../../../shared/schemas/common';
import { api } from '../../../lib/api-client';

export const listInvitations = (page: number, pageSize: number, signal?: AbortSignal) =>
  api<Paginated<Invitation>>('/api/invitations', { query: { page, pageSize }, signal });

export function useInvitations(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['invitations', 'list', page, pageSize],
    queryFn: ({ signal }) => listInvitations(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
