import { z } from 'zod';
import { boundedText } from '../common';
import { themeCodeSchema } from './common';

// The taxonomy of themes (administrators edit it for the whole platform).

export const themeSchema = z.object({
  code: z.string(),
  labelFr: z.string(),
  labelEn: z.string(),
  description: z.string(),
  position: z.number().int(),
  retiredAt: z.string().nullable(),
  mergedInto: z.string().nullable(),
  /** Comments carrying it now, and reviewed comments (training examples) among them. */
  comments: z.number().int(),
  reviewed: z.number().int(),
});
export type Theme = z.infer<typeof themeSchema>;
export const themeListSchema = z.array(themeSchema);

export const themeCreateSchema = z.object({
  code: themeCodeSchema,
  labelFr: boundedText(120),
  labelEn: boundedText(120),
  description: z.string().trim().max(1_000, { error: 'validation.tooLong' }).default(''),
});
export type ThemeCreate = z.input<typeof themeCreateSchema>;

export const themeUpdateSchema = themeCreateSchema.omit({ code: true }).extend({
  position: z.coerce.number().int().min(0).max(1_000).optional(),
});
export type ThemeUpdate = z.input<typeof themeUpdateSchema>;

export const themeParamsSchema = z.object({ code: z.string().min(1).max(40) });
export const themeMergeSchema = z.object({ into: z.string().min(1).max(40) });
export const themeRetireSchema = z.object({ retired: z.boolean() });
