import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const requestPasswordReset = (body: { email: string }) =>
  api<{ accepted: true }>('/api/auth/password-reset/request', { method: 'POST', body });

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
