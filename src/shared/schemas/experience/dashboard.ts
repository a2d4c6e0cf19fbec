import { z } from 'zod';
import { pageQuerySchema, paginated, uuidSchema } from '../common';
import { EXPERIENCE_SENTIMENTS, SOURCE_KINDS, isoDateSchema, monthSchema } from './common';

// Dashboards (monthly figures) and the drill-down to the comments behind them.

export const dashboardQuerySchema = z.object({
  /**
   * Without it: the region of the reader's first establishment, or the whole platform for
   * administrators, pilots and observers (no comparison with a region then).
   */
  establishmentId: uuidSchema.optional(),
  /** One service ('' = comments without a service); absent = every service. */
  service: z.string().max(120).optional(),
  /**
   * Months included, e.g. 2025-01 to 2025-12 (at most 60); default: the 12 months ending with the
   * latest month with analysed comments (or the current month). With one end only, 12 months.
   */
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const sentimentCounts = z.record(z.string(), z.number().int());

export const dashboardThemeSchema = z.object({
  code: z.string(),
  comments: z.number().int(),
  /** Share of the period's analysed comments carrying the theme (0–1). */
  share: z.number(),
  bySentiment: sentimentCounts,
  previousShare: z.number().nullable(),
  /** The region's share, null when hidden (too few establishments or comments). */
  regionShare: z.number().nullable(),
});

export const dashboardSchema = z.object({
  scope: z.object({
    establishmentId: uuidSchema.nullable(),
    establishmentName: z.string().nullable(),
    service: z.string().nullable(),
    /**
     * The region (a REGIONS code, label enums.region.<code>) of the establishment, or the region
     * the figures cover; null when they cover the whole platform. Always sent (optional in the
     * type only so that fixtures written before it stay valid).
     */
    region: z.string().nullable().optional(),
  }),
  period: z.object({ from: monthSchema, to: monthSchema }),
  previousPeriod: z.object({ from: monthSchema, to: monthSchema }),
  /** Analysed comments in the period / in the previous period. */
  comments: z.number().int(),
  previousComments: z.number().int(),
  /** Comments still waiting for the analysis job. */
  pending: z.number().int(),
  /**
   * True when the scope (with its service filter) has fewer than MIN_GROUP_SIZE analysed comments
   * in the period: the counts above stay, every figure below is withheld (empty arrays, no region)
   * except `services` and `otherServices`, which apply their own minimum.
   */
  suppressed: z.boolean(),
  /** Every sentiment, 'aucun' last. Previous and region shares are null under MIN_GROUP_SIZE. */
  sentiments: z.array(
    z.object({
      sentiment: z.enum([...EXPERIENCE_SENTIMENTS, 'aucun']),
      comments: z.number().int(),
      share: z.number(),
      previousShare: z.number().nullable(),
      regionShare: z.number().nullable(),
    }),
  ),
  /** Themes with comments in the period or the previous one, most comments first. */
  themes: z.array(dashboardThemeSchema),
  /** Every month of the period, months without comments included. */
  months: z.array(
    z.object({ month: monthSchema, comments: z.number().int(), bySentiment: sentimentCounts }),
  ),
  /** Themes with the most positive / negative comments (codes, best first). */
  topPositive: z.array(z.string()),
  topNegative: z.array(z.string()),
  /**
   * Services of the scope over the period (whatever the service filter), most comments first;
   * those under MIN_GROUP_SIZE are counted together in `otherServices`, their names not given.
   */
  services: z.array(z.object({ service: z.string(), comments: z.number().int() })),
  otherServices: z.number().int(),
  /** Mean of each closed question (questions with fewer than MIN_GROUP_SIZE answers left out). */
  scores: z.array(
    z.object({
      question: z.string(),
      mean: z.number(),
      answers: z.number().int(),
      previousMean: z.number().nullable(),
    }),
  ),
  /**
   * The region compared with (name: a REGIONS code), same service filter; null without an
   * establishment, or with fewer than MIN_REGION_ESTABLISHMENTS establishments with comments or
   * fewer than MIN_GROUP_SIZE comments.
   */
  region: z
    .object({ name: z.string(), establishments: z.number().int(), comments: z.number().int() })
    .nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const commentFiltersSchema = z.object({
  establishmentId: uuidSchema,
  service: z.string().max(120).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  theme: z.string().max(40).optional(),
  sentiment: z.enum([...EXPERIENCE_SENTIMENTS, 'aucun']).optional(),
  sourceKind: z.enum(SOURCE_KINDS).optional(),
  sourceId: uuidSchema.optional(),
  q: z.string().trim().max(200).optional(),
  reviewed: z.enum(['true', 'false']).optional(),
});
export type CommentFilters = z.infer<typeof commentFiltersSchema>;
export const commentListQuerySchema = pageQuerySchema.extend(commentFiltersSchema.shape);
export type CommentListQuery = z.infer<typeof commentListQuerySchema>;

/** A run of the text to highlight: the words that pushed towards a theme or the sentiment. */
export const highlightSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  theme: z.string().nullable(),
  sentiment: z.string().nullable(),
});
export type Highlight = z.infer<typeof highlightSchema>;

export const commentSchema = z.object({
  id: z.number().int(),
  establishmentId: uuidSchema,
  receivedOn: z.string(),
  service: z.string(),
  stayType: z.string(),
  source: z.object({ id: uuidSchema, kind: z.enum(SOURCE_KINDS), name: z.string() }),
  /** Redacted text; empty while waiting for the analysis. */
  text: z.string(),
  analysed: z.boolean(),
  sentiment: z.string().nullable(),
  themes: z.array(z.string()),
  highlights: z.array(highlightSchema),
  scores: z.record(z.string(), z.number()),
  helped: z.boolean(),
  reviewedAt: z.string().nullable(),
});
export type Comment = z.infer<typeof commentSchema>;
export const commentPageSchema = paginated(commentSchema);

export const commentParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const exportFormatQuerySchema = commentFiltersSchema.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
export const EXPORT_MAX_ROWS = 200_000;
