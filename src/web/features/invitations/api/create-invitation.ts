import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Invitation, invitationCreateSchema } from '../../../../shared/schemas/auth';
import { api } from '../../../lib/api-client';

export const createInvitation = (body: z.output<typeof invitationCreateSchema>) =>
  api<Invitation>('/api/invitations', { method: 'POST', body });

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}
