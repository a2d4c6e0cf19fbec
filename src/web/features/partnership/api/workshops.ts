import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paginated } from '../../../../shared/schemas/common';
import type {
  BinomeInput,
  BinomeSummary,
  Facilitation,
  WorkshopDetail,
  WorkshopSummary,
  WorkshopValues,
} from '../../../../shared/schemas/partnership';
import { api } from '../../../lib/api-client';
import { partnershipKeys } from './keys';

const base = '/api/partnership/workshops';

export type WorkshopPeriod = 'upcoming' | 'past' | 'all';

export function useWorkshops(period: WorkshopPeriod, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...partnershipKeys.workshops, period, page, pageSize],
    queryFn: ({ signal }) =>
      api<Paginated<WorkshopSummary>>(base, { query: { period, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useWorkshop(id: string) {
  return useQuery({
    queryKey: partnershipKeys.workshop(id),
    queryFn: ({ signal }) => api<WorkshopDetail>(`${base}/${id}`, { signal }),
  });
}

/** Creates (no id) or updates a workshop. */
export function useSaveWorkshop(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkshopValues) =>
      api<WorkshopDetail>(id ? `${base}/${id}` : base, { method: id ? 'PUT' : 'POST', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(partnershipKeys.workshop(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: partnershipKeys.workshops });
    },
  });
}

export function useDeleteWorkshop(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`${base}/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: partnershipKeys.workshop(id) });
      return queryClient.invalidateQueries({ queryKey: partnershipKeys.workshops });
    },
  });
}

export type WorkshopStep = 'reveal' | 'close' | 'reopen';

/** Reveal the expectations, close (read-only) or reopen the workshop. */
export function useWorkshopStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: WorkshopStep) =>
      api<WorkshopDetail>(`${base}/${id}/${step}`, { method: 'POST' }),
    onSuccess: (workshop) => {
      queryClient.setQueryData(partnershipKeys.workshop(id), workshop);
      return queryClient.invalidateQueries({ queryKey: partnershipKeys.all });
    },
  });
}

/** Quality managers and user representatives of an establishment, who may form a binôme. */
export function useCandidates(id: string, establishmentId: string) {
  return useQuery({
    queryKey: partnershipKeys.candidates(id, establishmentId),
    queryFn: ({ signal }) =>
      api<{
        professionals: { id: string; name: string }[];
        representatives: { id: string; name: string }[];
      }>(`${base}/${id}/candidates`, { query: { establishmentId }, signal }),
    enabled: establishmentId !== '',
  });
}

export function useAddBinome(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BinomeInput) =>
      api<BinomeSummary>(`${base}/${id}/binomes`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
  });
}

export function useRemoveBinome(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (binomeId: string) =>
      api<void>(`${base}/${id}/binomes/${binomeId}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
  });
}

/** How often the facilitator view refreshes during a live workshop. */
export const FACILITATION_REFRESH_MS = 10_000;

export function useFacilitation(id: string) {
  return useQuery({
    queryKey: partnershipKeys.facilitation(id),
    queryFn: ({ signal }) => api<Facilitation>(`${base}/${id}/facilitation`, { signal }),
    refetchInterval: FACILITATION_REFRESH_MS,
  });
}
