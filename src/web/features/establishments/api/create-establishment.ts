import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Establishment,
  establishmentInputSchema,
} from '../../../../shared/schemas/establishments';
import { api } from '../../../lib/api-client';

export type EstablishmentBody = z.output<typeof establishmentInputSchema>;

export const createEstablishment = (body: EstablishmentBody) =>
  api<Establishment>('/api/establishments', { method: 'POST', body });

export function useCreateEstablishment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEstablishment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['establishments'] }),
  });
}
