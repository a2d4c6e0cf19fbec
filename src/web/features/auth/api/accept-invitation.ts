import { useMutation } from '@tanstack/react-query';
import type { InvitationAccept, SessionResponse } from '../../../../shared/schemas/auth';
import { api } from '../../../lib/api-client';
import { useStoreSession } from '../../../lib/auth';

export const acceptInvitation = (body: InvitationAccept) =>
  api<SessionResponse>('/api/auth/invitations/accept', { method: 'POST', body });

export function useAcceptInvitation() {
  const storeSession = useStoreSession();
  return useMutation({ mutationFn: acceptInvitation, onSuccess: storeSession });
}
