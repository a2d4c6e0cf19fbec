import { z } from 'zod';
import { pageQuerySchema, paginated } from './common';

export const SEARCH_KINDS = [
  'community',
  'resource',
  'thread',
  'post',
  'report',
  'document',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Marks around the matched words in a snippet (control characters: they never occur in text). */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export const searchQuerySchema = pageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .min(2, { error: 'validation.tooShort' })
    .max(200, { error: 'validation.tooLong' }),
  kind: z.enum(SEARCH_KINDS).optional(),
  community: z.string().max(80).optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchHitSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  title: z.string(),
  /** Plain text around the matches, matched words between HIGHLIGHT_START and HIGHLIGHT_END. */
  snippet: z.string(),
  community: z.object({ slug: z.string(), title: z.string() }),
  /** Where the hit opens in the web app (or the download address of a document). */
  link: z.string(),
  date: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultsSchema = paginated(searchHitSchema);
export type SearchResults = z.infer<typeof searchResultsSchema>;
