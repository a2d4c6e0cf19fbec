import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportVisibility } from '../../../../shared/enums';
import type { Paginated } from '../../../../shared/schemas/common';
import type {
  Report,
  ReportListQuery,
  ReportSummary,
  ReportValues,
} from '../../../../shared/schemas/community-reports';
import { api } from '../../../lib/api-client';

const base = (slug: string) => `/api/communities/${encodeURIComponent(slug)}/reports`;
const key = (slug: string) => ['communities', 'reports', slug];

export type ReportListParams = Partial<Omit<ReportListQuery, 'page' | 'pageSize'>> & {
  page: number;
  pageSize: number;
};

/** A community's reports, or (without slug) the reports published across the platform. */
export function useReports(slug: string | undefined, params: ReportListParams) {
  return useQuery({
    queryKey: [...key(slug ?? ''), 'list', params],
    queryFn: ({ signal }) =>
      api<Paginated<ReportSummary>>(slug ? base(slug) : '/api/reports', {
        query: { ...params },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useReport(slug: string, id: string) {
  return useQuery({
    queryKey: [...key(slug), id],
    queryFn: ({ signal }) => api<Report>(`${base(slug)}/${id}`, { signal }),
  });
}

/** Every write returns the report as it now is; the lists (here and platform-wide) refresh. */
function useReportWrite<V>(slug: string, send: (v: V) => Promise<Report>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (report) => {
      queryClient.setQueryData([...key(slug), report.id], report);
      await queryClient.invalidateQueries({ queryKey: [...key(slug), 'list'] });
      await queryClient.invalidateQueries({ queryKey: [...key(''), 'list'] });
    },
  });
}

export const useSaveReport = (slug: string, id?: string) =>
  useReportWrite(slug, (body: ReportValues) =>
    id
      ? api<Report>(`${base(slug)}/${id}`, { method: 'PUT', body })
      : api<Report>(base(slug), { method: 'POST', body }),
  );

export const useReportVisibility = (slug: string, id: string) =>
  useReportWrite(slug, (visibility: ReportVisibility) =>
    api<Report>(`${base(slug)}/${id}/visibility`, { method: 'PUT', body: { visibility } }),
  );

export const useAttachDocument = (slug: string, id: string) =>
  useReportWrite(slug, (documentId: string) =>
    api<Report>(`${base(slug)}/${id}/attachments`, { method: 'POST', body: { documentId } }),
  );

export const useDetachDocument = (slug: string, id: string) =>
  useReportWrite(slug, (documentId: string) =>
    api<Report>(`${base(slug)}/${id}/attachments/${documentId}`, { method: 'DELETE' }),
  );

export function useDeleteReport(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`${base(slug)}/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: [...key(slug), id] });
      return queryClient.invalidateQueries({ queryKey: ['communities', 'reports'] });
    },
  });
}
