import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paginated } from '../../../../../shared/schemas/common';
import type {
  fileSourceSchema,
  Import,
  ImportPreview,
  ImportReport,
  ImportStart,
  ImportStatus,
} from '../../../../../shared/schemas/experience';
import type { z } from 'zod';
import { api } from '../../../../lib/api-client';

export type FileSource = z.infer<typeof fileSourceSchema>;

const base = '/api/experience/imports';
const keys = {
  all: ['experience', 'imports'] as const,
  lists: ['experience', 'imports', 'list'] as const,
  list: (establishmentId: string, page: number) =>
    ['experience', 'imports', 'list', establishmentId, page] as const,
  sources: (establishmentId: string) =>
    ['experience', 'imports', 'sources', establishmentId] as const,
  preview: (id: string) => ['experience', 'imports', 'preview', id] as const,
  report: (id: string) => ['experience', 'imports', 'report', id] as const,
};

/** The statuses in which the job is still at work (the page follows them every second). */
export const RUNNING: readonly ImportStatus[] = ['queued', 'importing', 'analysing'];
export const PAGE_SIZE = 20;

export function useImports(establishmentId: string | null, page: number) {
  return useQuery({
    queryKey: keys.list(establishmentId ?? '', page),
    queryFn: ({ signal }) =>
      api<Paginated<Import>>(base, {
        query: { establishmentId, page, pageSize: PAGE_SIZE },
        signal,
      }),
    enabled: Boolean(establishmentId),
    placeholderData: keepPreviousData,
    // A running import moves on its own: keep the list's counts and statuses fresh.
    refetchInterval: (query) =>
      query.state.data?.items.some((i) => RUNNING.includes(i.status)) ? 3_000 : false,
  });
}

export function useFileSources(establishmentId: string | null) {
  return useQuery({
    queryKey: keys.sources(establishmentId ?? ''),
    queryFn: ({ signal }) =>
      api<FileSource[]>('/api/experience/sources', { query: { establishmentId }, signal }),
    enabled: Boolean(establishmentId),
  });
}

export interface UploadInput {
  establishmentId: string;
  file: File;
  /** An existing source, or the name of a new one (empty: the file's name). */
  sourceId: string | null;
  sourceName: string;
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadInput) => {
      // Fields first, then the file: the server reads them before the file streams to disk.
      const form = new FormData();
      form.append('establishmentId', input.establishmentId);
      if (input.sourceId) form.append('sourceId', input.sourceId);
      else if (input.sourceName.trim()) form.append('sourceName', input.sourceName.trim());
      form.append('file', input.file);
      return api<ImportPreview>(base, { method: 'POST', body: form });
    },
    onSuccess: (preview) => {
      queryClient.setQueryData(keys.preview(preview.import.id), preview);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.lists }),
        queryClient.invalidateQueries({
          queryKey: keys.sources(preview.import.establishmentId),
        }),
      ]);
    },
  });
}

/** The import's follow-up: counts, progress and rejected rows, every second while it runs. */
export function useImportReport(id: string) {
  return useQuery({
    queryKey: keys.report(id),
    queryFn: ({ signal }) => api<ImportReport>(`${base}/${id}/report`, { signal }),
    refetchInterval: (query) =>
      query.state.data && RUNNING.includes(query.state.data.status) ? 1_000 : false,
  });
}

/** The columns and first rows of a file waiting for its mapping. */
export function useImportPreview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.preview(id),
    queryFn: ({ signal }) => api<ImportPreview>(`${base}/${id}`, { signal }),
    enabled,
    staleTime: Infinity,
  });
}

export function useStartImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportStart) => api<Import>(`${base}/${id}/start`, { method: 'POST', body }),
    onSuccess: (started) => {
      queryClient.setQueryData<ImportReport>(keys.report(id), { ...started, rejections: [] });
      queryClient.removeQueries({ queryKey: keys.preview(id) });
      return queryClient.invalidateQueries({ queryKey: keys.lists });
    },
  });
}

export function useCancelImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`${base}/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: keys.preview(id) });
      queryClient.removeQueries({ queryKey: keys.report(id) });
      return queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}
