import { z } from 'zod';
import { uuidSchema } from '../common';
import { EXPERIENCE_SENTIMENTS } from './common';
import { commentSchema } from './dashboard';

// Human review of the analysis and the establishment's retrained model.

export const reviewInputSchema = z.object({
  themes: z.array(z.string().min(1).max(40)).max(16),
  sentiment: z.enum(EXPERIENCE_SENTIMENTS, { error: 'validation.choose' }),
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const correctionSchema = z.object({
  id: uuidSchema,
  themesBefore: z.array(z.string()),
  sentimentBefore: z.string().nullable(),
  themesAfter: z.array(z.string()),
  sentimentAfter: z.string().nullable(),
  /** Name of the person, or null once their account is gone. */
  correctedBy: z.string().nullable(),
  correctedAt: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;

export const commentDetailSchema = commentSchema.extend({
  corrections: z.array(correctionSchema),
  /** Focus-group findings of the establishment that share a theme with the comment. */
  findings: z.array(
    z.object({
      id: uuidSchema,
      focusGroupId: uuidSchema,
      focusGroupTitle: z.string(),
      text: z.string(),
      themes: z.array(z.string()),
    }),
  ),
});
export type CommentDetail = z.infer<typeof commentDetailSchema>;

export const MODEL_STATUSES = ['queued', 'training', 'ready', 'failed'] as const;
/** Fewer reviewed comments than this: retraining would measure nothing. */
export const MIN_CORRECTIONS_TO_RETRAIN = 10;

const headQuality = z.object({
  microF1: z.number(),
  macroF1: z.number(),
  accuracy: z.number().nullable(),
});
export const retrainReportSchema = z.object({
  heldOut: z.number().int(),
  trainSeconds: z.number(),
  heads: z.array(
    z.object({ head: z.enum(['themes', 'sentiment']), before: headQuality, after: headQuality }),
  ),
});
export type RetrainReport = z.infer<typeof retrainReportSchema>;

export const modelSchema = z.object({
  id: uuidSchema,
  establishmentId: uuidSchema,
  status: z.enum(MODEL_STATUSES),
  corrections: z.number().int(),
  report: retrainReportSchema.nullable(),
  error: z.string().nullable(),
  active: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ExperienceModel = z.infer<typeof modelSchema>;
export const modelsOverviewSchema = z.object({
  /** Reviewed comments of the establishment (what a retrain learns from). */
  corrections: z.number().int(),
  minCorrections: z.number().int(),
  models: z.array(modelSchema),
});
export type ModelsOverview = z.infer<typeof modelsOverviewSchema>;

export const modelParamsSchema = z.object({ id: uuidSchema });
/** Unreviewed comments sent back to the analysis job after a retrain. */
export const reanalyseResultSchema = z.object({ comments: z.number().int() });
export type ReanalyseResult = z.infer<typeof reanalyseResultSchema>;
