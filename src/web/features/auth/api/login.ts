import { useMutation } from '@tanstack/react-query';
import type { LoginBody, SessionResponse } from '../../../../shared/schemas/auth';
import { api } from '../../../lib/api-client';
import { useStoreSession } from '../../../lib/auth';

export const login = (body: LoginBody) =>
  api<SessionResponse>('/api/auth/login', { method: 'POST', body });

export function useLogin() {
  const storeSession = useStoreSession();
  return useMutation({ mutationFn: login, onSuccess: storeSession });
}
