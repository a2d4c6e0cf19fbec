import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const confirmPasswordReset = (body: { token: string; password: string }) =>
  api<void>('/api/auth/password-reset/confirm', { method: 'POST', body });

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
