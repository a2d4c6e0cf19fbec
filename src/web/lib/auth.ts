import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { SessionResponse, SessionUser } from '../../shared/schemas/auth';
import { api, rememberCsrfToken } from './api-client';
import { sessionQueryKey } from './query-client';

export async function fetchSession(): Promise<SessionResponse> {
  const session = await api<SessionResponse>('/api/auth/session');
  rememberCsrfToken(session.csrfToken);
  return session;
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** The signed-in person, or null (also null while the session is loading). */
export function useCurrentUser(): SessionUser | null {
  return useSession().data?.user ?? null;
}

/** Stores a session returned by login or invitation acceptance, dropping any cached data. */
export function useStoreSession() {
  const queryClient = useQueryClient();
  return (session: SessionResponse) => {
    rememberCsrfToken(session.csrfToken);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
    queryClient.setQueryData(sessionQueryKey, session);
  };
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: async () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData<SessionResponse>(sessionQueryKey, (old) =>
        old ? { ...old, user: null } : old,
      );
      await navigate('/connexion', { replace: true });
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}

export const isAdmin = (user: SessionUser | null) => user?.platformRole === 'admin';

/** Quality/risk managers may invite members into their establishments; admins anybody. */
export const canInvite = (user: SessionUser | null) =>
  isAdmin(user) || Boolean(user?.establishments.some((e) => e.role === 'quality_manager'));

/** Keeps `next` on this site: a path starting with one slash, never a protocol-relative URL. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
