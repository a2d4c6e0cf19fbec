import { z } from 'zod';
import { boundedText, uuidSchema } from './common';
import { slugParamsSchema } from './communities';

/** Who may download a community document. */
export const DOCUMENT_VISIBILITIES = ['public', 'members', 'pilots'] as const;
export type DocumentVisibility = (typeof DOCUMENT_VISIBILITIES)[number];

/** Text fields sent with the file in the multipart upload. */
export const documentFieldsSchema = z.object({
  title: boundedText(200),
  visibility: z.enum(DOCUMENT_VISIBILITIES, { error: 'validation.choose' }),
});

export const documentParamsSchema = slugParamsSchema.extend({ id: uuidSchema });
export const documentDownloadQuerySchema = z.object({
  version: z.coerce.number().int().min(1).optional(),
});

export const documentVersionSchema = z.object({
  version: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

export const documentSchema = z.object({
  id: uuidSchema,
  title: z.string(),
  visibility: z.enum(DOCUMENT_VISIBILITIES),
  versions: z.array(documentVersionSchema),
  createdAt: z.string(),
});
export type CommunityDocument = z.infer<typeof documentSchema>;
