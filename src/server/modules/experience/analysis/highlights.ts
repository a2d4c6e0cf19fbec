import type { AnalysedSegment, Highlight } from '../../../../shared/schemas/experience';

// The words to highlight in a comment: the evidence words the analysis kept for each segment,
// found again in the segment's text (whole words, case-insensitive), so that a reader sees what
// drove a theme or the sentiment.

const APOSTROPHES = /[’‘ʼ]/g;
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Offsets of `word` as a whole word in text[start, end). */
function occurrences(text: string, start: number, end: number, word: string) {
  const needle = word.replace(APOSTROPHES, "'").trim();
  if (needle === '') return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escape(needle)}(?![\\p{L}\\p{N}_])`, 'giu');
  const found: { start: number; end: number }[] = [];
  // Same length as the text: the offsets found are the text's.
  const haystack = text.slice(start, end).replace(APOSTROPHES, "'");
  for (const match of haystack.matchAll(pattern)) {
    found.push({ start: start + match.index, end: start + match.index + match[0].length });
  }
  return found;
}

export interface HighlightOptions {
  /** The comment's current themes: evidence of a theme a reviewer removed is not shown. */
  themes: readonly string[];
  /** Only this theme's words (and the sentiment's), when the list is filtered by theme. */
  theme?: string;
  /** A stored theme code as the taxonomy names it now (after a merge). */
  currentCode?: (code: string) => string;
}

export function highlightsOf(
  text: string,
  segments: readonly AnalysedSegment[],
  { themes, theme, currentCode = (code) => code }: HighlightOptions,
): Highlight[] {
  const wanted = (code: string) => (theme ? code === theme : themes.includes(code));
  const candidates: Highlight[] = [];
  // Theme words first: they win over the sentiment's when both point at the same word.
  for (const segment of segments) {
    const end = Math.min(segment.end, text.length);
    for (const t of segment.themes) {
      const code = currentCode(t.code);
      if (!wanted(code)) continue;
      for (const word of t.evidence) {
        for (const at of occurrences(text, segment.start, end, word))
          candidates.push({ ...at, theme: code, sentiment: null });
      }
    }
  }
  for (const segment of segments) {
    if (segment.sentiment === null) continue;
    const end = Math.min(segment.end, text.length);
    for (const word of segment.sentimentEvidence) {
      for (const at of occurrences(text, segment.start, end, word))
        candidates.push({ ...at, theme: null, sentiment: segment.sentiment });
    }
  }
  const kept: Highlight[] = [];
  for (const candidate of candidates) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
