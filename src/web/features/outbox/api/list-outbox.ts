import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OutboxEmail } from '../../../../shared/schemas/admin';
import type { Paginated } from '../../../../shared/schemas/common';
import { api } from '../../../lib/api-client';

export const listOutbox = (page: number, pageSize: number, signal?: AbortSignal) =>
  api<Paginated<OutboxEmail>>('/api/admin/outbox', { query: { page, pageSize }, signal });

export function useOutbox(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['outbox', page, pageSize],
    queryFn: ({ signal }) => listOutbox(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
