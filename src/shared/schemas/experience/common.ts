import { z } from 'zod';
import { uuidSchema } from '../common';

// Patient experience (issue 5): pieces shared by every part of the module.

/** Overall sentiment of a comment (the default French model's labels). */
export const EXPERIENCE_SENTIMENTS = ['positif', 'negatif', 'mixte', 'neutre'] as const;
export type ExperienceSentiment = (typeof EXPERIENCE_SENTIMENTS)[number];

/** Where a comment came from. */
export const SOURCE_KINDS = ['file', 'kiosk'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Below this many comments (or answers), a figure is not shown: a small service or a rare theme
 * could point to one person. Applies to services, region comparisons and closed-question scores.
 */
export const MIN_GROUP_SIZE = 5;
/** A region comparison needs at least this many establishments with comments. */
export const MIN_REGION_ESTABLISHMENTS = 3;

/** "2025-03" (a month) and ISO dates. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'validation.month' });
export const isoDateSchema = z.iso.date({ error: 'validation.date' });

/** A theme code of the taxonomy (lower-case letters, digits and _). */
export const themeCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'experience.themeCode' });

/** One segment of an analysed comment, kept to highlight the words that drove the analysis. */
export const analysedSegmentSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  themes: z.array(z.object({ code: z.string(), evidence: z.array(z.string()) })),
  sentiment: z.string().nullable(),
  sentimentEvidence: z.array(z.string()),
});
export type AnalysedSegment = z.infer<typeof analysedSegmentSchema>;

export const establishmentQuerySchema = z.object({ establishmentId: uuidSchema });

export const sourceSummarySchema = z.object({
  id: uuidSchema,
  kind: z.enum(SOURCE_KINDS),
  name: z.string(),
});
export type SourceSummary = z.infer<typeof sourceSummarySchema>;
