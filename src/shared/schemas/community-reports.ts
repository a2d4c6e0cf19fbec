import { z } from 'zod';
import { PARTNERSHIP_DOMAINS, PARTNERSHIP_LEVELS, REPORT_VISIBILITIES, SECTORS } from '../enums';
import { boundedText, pageQuerySchema, paginated, uuidSchema } from './common';
import { documentLinkInputSchema, linkedDocumentSchema, slugParamsSchema } from './communities';

// Experience reports (retours d'expérience): structured entries written by members of a
// community, read by its members, and by everyone once the author publishes them.

const longText = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });

export const reportInputSchema = z.object({
  title: boundedText(200),
  /** The establishment on the platform, when there is one (its name is kept as written). */
  establishmentId: uuidSchema.nullable().default(null),
  establishmentName: boundedText(200),
  sector: z.enum(SECTORS, { error: 'validation.choose' }),
  theme: z.enum(PARTNERSHIP_DOMAINS, { error: 'validation.choose' }),
  partnershipLevel: z.enum(PARTNERSHIP_LEVELS, { error: 'validation.choose' }),
  whatWasDone: boundedText(10_000),
  withWhom: longText(2_000),
  results: longText(10_000),
  lessons: longText(10_000),
  contact: longText(300),
});
export type ReportInput = z.input<typeof reportInputSchema>;
export type ReportValues = z.output<typeof reportInputSchema>;

export const reportVisibilityInputSchema = z.object({
  visibility: z.enum(REPORT_VISIBILITIES, { error: 'validation.choose' }),
});

export const reportAttachmentInputSchema = documentLinkInputSchema;

export const reportListQuerySchema = pageQuerySchema.extend({
  /** French full-text search over the report's texts. */
  q: z.string().trim().max(200, { error: 'validation.tooLong' }).optional(),
  sector: z.enum(SECTORS, { error: 'validation.choose' }).optional(),
  theme: z.enum(PARTNERSHIP_DOMAINS, { error: 'validation.choose' }).optional(),
  partnershipLevel: z.enum(PARTNERSHIP_LEVELS, { error: 'validation.choose' }).optional(),
  /** Part of the establishment's name. */
  establishment: z.string().trim().max(200, { error: 'validation.tooLong' }).optional(),
});
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;

export const reportParamsSchema = slugParamsSchema.extend({ id: uuidSchema });
export const reportAttachmentParamsSchema = reportParamsSchema.extend({ documentId: uuidSchema });

export const reportSummarySchema = z.object({
  id: uuidSchema,
  title: z.string(),
  establishmentName: z.string(),
  sector: z.enum(SECTORS),
  theme: z.enum(PARTNERSHIP_DOMAINS),
  partnershipLevel: z.enum(PARTNERSHIP_LEVELS),
  /** The beginning of "what was done", for lists. */
  excerpt: z.string(),
  visibility: z.enum(REPORT_VISIBILITIES),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  author: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  community: z.object({ slug: z.string(), title: z.string() }),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;
export const reportListSchema = paginated(reportSummarySchema);

export const reportSchema = reportSummarySchema.extend({
  establishmentId: uuidSchema.nullable(),
  whatWasDone: z.string(),
  withWhom: z.string(),
  results: z.string(),
  lessons: z.string(),
  /** Members of the community only (null for other readers). */
  contact: z.string().nullable(),
  /** The attached community documents this reader may download. */
  attachments: z.array(linkedDocumentSchema),
  viewer: z.object({
    /** Edit, delete, attach documents: the author, pilots and administrators. */
    canEdit: z.boolean(),
    /** Publish beyond the community: the author only. */
    canPublish: z.boolean(),
    /** Take back into the community: the author, pilots and administrators. */
    canUnpublish: z.boolean(),
  }),
});
export type Report = z.infer<typeof reportSchema>;
