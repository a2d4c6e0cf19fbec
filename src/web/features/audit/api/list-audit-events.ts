import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditAction, AuditEvent } from '../../../../shared/schemas/admin';
import type { Paginated } from '../../../../shared/schemas/common';
import { api } from '../../../lib/api-client';

export interface AuditParams {
  action?: AuditAction;
  page: number;
  pageSize: number;
}

export const listAuditEvents = (params: AuditParams, signal?: AbortSignal) =>
  api<Paginated<AuditEvent>>('/api/admin/audit', { query: { ...params }, signal });

export function useAuditEvents(params: AuditParams) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: ({ signal }) => listAuditEvents(params, signal),
    placeholderData: keepPreviousData,
  });
}
