/** Sentiments as the charts stack them: positive first, then mixed, neutral, negative, none. */
export const SENTIMENT_ORDER = ['positif', 'mixte', 'neutre', 'negatif', 'aucun'] as const;
export type SentimentKey = (typeof SENTIMENT_ORDER)[number];

export const isSentiment = (value: string | null | undefined): value is SentimentKey =>
  (SENTIMENT_ORDER as readonly string[]).includes(value ?? '');

/**
 * Colour-blind-safe fills (Okabe–Ito blue and vermilion, greys told apart by lightness), each
 * at least 3:1 against white (WCAG 1.4.11). "Mixte" is drawn as blue and vermilion stripes, so
 * that it never depends on telling one more hue apart; segments are also separated by white.
 */
export const SENTIMENT_COLORS = {
  positif: '#0072B2',
  negatif: '#D55E00',
  neutre: '#495057',
  aucun: '#868E96',
} as const;

/** The fill of a sentiment's segment; `patternId` is the stripes pattern of the same <svg>. */
export const sentimentFill = (key: SentimentKey, patternId: string) =>
  key === 'mixte' ? `url(#${patternId})` : SENTIMENT_COLORS[key];

/** Background of highlighted words (dark text on them stays above 12:1). */
export const MARK_BACKGROUND: Record<string, string> = {
  positif: '#d6e9f8',
  negatif: '#fbdcc8',
  default: '#fff3bf',
};

/** Mantine colour of a sentiment badge (light variant, dark text). */
export const SENTIMENT_BADGE: Record<SentimentKey, string> = {
  positif: 'blue',
  mixte: 'grape',
  neutre: 'gray',
  negatif: 'orange',
  aucun: 'gray',
};
