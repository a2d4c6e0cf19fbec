import { SOURCE_KINDS, type SourceKind } from '../../../../../shared/schemas/experience';
import { withQuery, type QueryParams } from '../../../../lib/api-client';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../../lib/paths';
import { isIsoDate, monthsToDates } from './period';
import { isSentiment, type SentimentKey } from './sentiments';

// The drill-down's filters as they appear in its address (French words), and as the API wants
// them. One place, so that the dashboard's links and the comments page agree.

export interface CommentUrlFilters {
  from?: string;
  to?: string;
  service?: string;
  theme?: string;
  sentiment?: SentimentKey;
  sourceKind?: SourceKind;
  q?: string;
  reviewed?: 'true' | 'false';
  page: number;
}
export type CommentFilterName = Exclude<keyof CommentUrlFilters, 'page'>;

const PARAMS = {
  from: 'de',
  to: 'a',
  service: 'service',
  theme: 'theme',
  sentiment: 'sentiment',
  sourceKind: 'source',
  q: 'q',
  reviewed: 'relu',
} as const satisfies Record<CommentFilterName, string>;

const REVIEWED = { oui: 'true', non: 'false' } as const;
const THEME_CODE = /^[a-z][a-z0-9_]{1,39}$/;

const text = (value: string | null, max: number) => {
  const trimmed = value?.trim() ?? '';
  return trimmed && trimmed.length <= max ? trimmed : undefined;
};

/** Reads the filters from the address, dropping values the API would refuse. */
export function parseCommentParams(params: URLSearchParams): CommentUrlFilters {
  const get = (name: CommentFilterName) => params.get(PARAMS[name]);
  const sentiment = get('sentiment');
  const source = get('sourceKind');
  const reviewed = get('reviewed');
  const theme = get('theme');
  return {
    from: isIsoDate(get('from')) ? (get('from') ?? undefined) : undefined,
    to: isIsoDate(get('to')) ? (get('to') ?? undefined) : undefined,
    service: text(get('service'), 120),
    theme: theme && THEME_CODE.test(theme) ? theme : undefined,
    sentiment: isSentiment(sentiment) ? sentiment : undefined,
    sourceKind: SOURCE_KINDS.find((kind) => kind === source),
    q: text(get('q'), 200),
    reviewed: reviewed === 'oui' || reviewed === 'non' ? REVIEWED[reviewed] : undefined,
    page: Math.min(100_000, Math.max(1, Math.trunc(Number(params.get('page'))) || 1)),
  };
}

/** The address's query part for these filters (page 1 left out). */
export function commentSearch(establishmentId: string | null, filters: Partial<CommentUrlFilters>) {
  const search = new URLSearchParams();
  if (establishmentId) search.set(ESTABLISHMENT_PARAM, establishmentId);
  for (const name of Object.keys(PARAMS) as CommentFilterName[]) {
    const value = filters[name];
    if (!value) continue;
    const reviewed = value === 'true' ? 'oui' : 'non';
    search.set(PARAMS[name], name === 'reviewed' ? reviewed : value);
  }
  if (filters.page && filters.page > 1) search.set('page', String(filters.page));
  return search;
}

/** The API's filters (the list, and the export with the same filters). */
export function commentApiFilters(
  establishmentId: string,
  filters: Omit<CommentUrlFilters, 'page'>,
): QueryParams {
  return {
    establishmentId,
    from: filters.from,
    to: filters.to,
    service: filters.service,
    theme: filters.theme,
    sentiment: filters.sentiment,
    sourceKind: filters.sourceKind,
    q: filters.q,
    reviewed: filters.reviewed,
  };
}

export const commentsExportUrl = (
  establishmentId: string,
  filters: Omit<CommentUrlFilters, 'page'>,
  format: 'csv' | 'xlsx',
) =>
  withQuery('/api/experience/comments/export', {
    format,
    ...commentApiFilters(establishmentId, filters),
  });

/** The comments behind a figure (a theme, a sentiment, a month), for those who may read them. */
export type Drill = (filter: {
  theme?: string;
  sentiment?: SentimentKey;
  month?: string;
}) => string;

export interface DrillDown {
  establishmentId: string;
  /** The dashboard's months; the drill-down covers them from the first to the last day. */
  from: string;
  to: string;
  service?: string | null;
  theme?: string;
  sentiment?: SentimentKey;
}

/** The list of the comments behind a figure of the dashboard. */
export function drillDownHref({ establishmentId, from, to, service, theme, sentiment }: DrillDown) {
  const dates = monthsToDates(from, to);
  const search = commentSearch(establishmentId, {
    ...dates,
    service: service ?? undefined,
    theme,
    sentiment,
  });
  return `${experiencePaths.comments}?${search.toString()}`;
}
