import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommunityDocument } from '../../../../shared/schemas/community-documents';
import { api } from '../../../lib/api-client';

const base = (slug: string) => `/api/communities/${encodeURIComponent(slug)}/documents`;
export const documentDownloadUrl = (slug: string, id: string) => `${base(slug)}/${id}/download`;

export function useDocuments(slug: string) {
  return useQuery({
    queryKey: ['communities', 'documents', slug],
    queryFn: ({ signal }) => api<CommunityDocument[]>(base(slug), { signal }),
  });
}

/** Sends title and visibility before the file: the server reads fields that precede it. */
export function useUploadDocument(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      title,
      visibility,
      file,
    }: {
      title: string;
      visibility: string;
      file: File;
    }) => {
      const body = new FormData();
      body.append('title', title);
      body.append('visibility', visibility);
      body.append('file', file);
      return api<CommunityDocument>(base(slug), { method: 'POST', body });
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['communities', 'documents', slug] }),
  });
}
