import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { invitationPreviewSchema } from '../../../../shared/schemas/auth';
import { api } from '../../../lib/api-client';

export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const getInvitationPreview = (token: string) =>
  api<InvitationPreview>(`/api/auth/invitations/${encodeURIComponent(token)}`);

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => getInvitationPreview(token),
    enabled: token.length > 0,
    retry: false,
  });
}
