import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Theme, ThemeCreate, ThemeUpdate } from '../../../../../shared/schemas/experience';
import { api } from '../../../../lib/api-client';

const base = '/api/experience/themes';

/** Every edit of the taxonomy may change labels, counts and comments across the module. */
function useThemeMutation<T>(call: (input: T) => Promise<Theme>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['experience'] }),
  });
}

export const useCreateTheme = () =>
  useThemeMutation((body: ThemeCreate) => api<Theme>(base, { method: 'POST', body }));

export const useUpdateTheme = (code: string) =>
  useThemeMutation((body: ThemeUpdate) => api<Theme>(`${base}/${code}`, { method: 'PATCH', body }));

export const useRetireTheme = () =>
  useThemeMutation(({ code, retired }: { code: string; retired: boolean }) =>
    api<Theme>(`${base}/${code}/retire`, { method: 'POST', body: { retired } }),
  );

export const useMergeTheme = () =>
  useThemeMutation(({ code, into }: { code: string; into: string }) =>
    api<Theme>(`${base}/${code}/merge`, { method: 'POST', body: { into } }),
  );
