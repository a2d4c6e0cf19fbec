import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../shared/schemas/auth';
import { isApiError } from './api-error';

export const sessionQueryKey = ['session'] as const;

/**
 * One client for the app. A 401 on any query or mutation means the session ended: the cached
 * session is emptied, so protected routes send the person to /connexion?next=….
 */
export function createQueryClient() {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401) {
      client.setQueryData<SessionResponse>(sessionQueryKey, (old) =>
        old ? { ...old, user: null } : old,
      );
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
