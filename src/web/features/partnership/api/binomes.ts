import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionInput,
  BinomeDetail,
  BinomeHistory,
  ExpectationsInput,
  PositionInput,
  RatingsInput,
  StoryInput,
} from '../../../../shared/schemas/partnership';
import { api, withQuery } from '../../../lib/api-client';
import { partnershipKeys } from './keys';

const base = (id: string) => `/api/partnership/binomes/${id}`;

/** The one-page PDF of a binôme, in the reader's language. */
export const binomeFicheUrl = (id: string, lang: string) =>
  withQuery(`${base(id)}/fiche.pdf`, { lang });

/** Refreshed now and then during a live workshop: the reveal, the partner's hand-ins. */
export function useBinome(id: string) {
  return useQuery({
    queryKey: partnershipKeys.binome(id),
    queryFn: ({ signal }) => api<BinomeDetail>(base(id), { signal }),
    refetchInterval: 20_000,
  });
}

export function useBinomeHistory(id: string) {
  return useQuery({
    queryKey: partnershipKeys.history(id),
    queryFn: ({ signal }) => api<BinomeHistory>(`${base(id)}/history`, { signal }),
  });
}

/** Any write to the binôme: the binôme (and its history, the aggregated results) refresh. */
function useBinomeWrite<V>(id: string, send: (value: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: partnershipKeys.binome(id) });
      await queryClient.invalidateQueries({ queryKey: partnershipKeys.results });
    },
  });
}

export const useSaveExpectations = (id: string) =>
  useBinomeWrite(id, (body: ExpectationsInput) =>
    api(`${base(id)}/expectations`, { method: 'PUT', body }),
  );

export const useSaveRatings = (id: string) =>
  useBinomeWrite(id, (body: RatingsInput) => api(`${base(id)}/ratings`, { method: 'PUT', body }));

export const useSavePosition = (id: string) =>
  useBinomeWrite(id, ({ domainId, ...body }: PositionInput & { domainId: string }) =>
    api(`${base(id)}/positions/${domainId}`, { method: 'PUT', body }),
  );

export const useAddStory = (id: string) =>
  useBinomeWrite(id, (body: StoryInput) => api(`${base(id)}/stories`, { method: 'POST', body }));

export const useDeleteStory = (id: string) =>
  useBinomeWrite(id, (storyId: string) =>
    api(`${base(id)}/stories/${storyId}`, { method: 'DELETE' }),
  );

/** Creates (no actionId) or updates an action. */
export const useSaveAction = (id: string) =>
  useBinomeWrite(id, ({ actionId, ...body }: ActionInput & { actionId?: string }) =>
    actionId
      ? api(`${base(id)}/actions/${actionId}`, { method: 'PUT', body })
      : api(`${base(id)}/actions`, { method: 'POST', body }),
  );

export const useDeleteAction = (id: string) =>
  useBinomeWrite(id, (actionId: string) =>
    api(`${base(id)}/actions/${actionId}`, { method: 'DELETE' }),
  );
