import type { Highlight } from '../../../../../shared/schemas/experience';

/** A piece of a comment's text, highlighted when the analysis relied on it. */
export interface TextRun {
  text: string;
  highlight: Highlight | null;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when the offset falls between the two halves of a surrogate pair (e.g. an emoji). */
const splitsPair = (text: string, offset: number) =>
  offset > 0 && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1));

/**
 * Splits `text` into plain and highlighted runs. The ranges come from the server as UTF-16
 * offsets; ranges out of the text, empty, or overlapping one already kept are ignored, and a
 * boundary inside a surrogate pair is widened to keep the character whole.
 */
export function splitHighlights(text: string, highlights: readonly Highlight[]): TextRun[] {
  const ranges = highlights
    .filter(
      (h) =>
        Number.isInteger(h.start) &&
        Number.isInteger(h.end) &&
        h.start >= 0 &&
        h.end <= text.length &&
        h.start < h.end,
    )
    .map((h) => ({
      ...h,
      start: splitsPair(text, h.start) ? h.start - 1 : h.start,
      end: splitsPair(text, h.end) ? h.end + 1 : h.end,
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const runs: TextRun[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor) continue;
    if (range.start > cursor) runs.push({ text: text.slice(cursor, range.start), highlight: null });
    runs.push({ text: text.slice(range.start, range.end), highlight: range });
    cursor = range.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), highlight: null });
  return runs;
}
