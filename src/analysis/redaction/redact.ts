/**
 * Personal-data redaction for free-text patient comments (French, some English).
 *
 * Detects e-mail addresses, French telephone numbers, French social security numbers (NIR)
 * and person names (after a title, after a staff noun, or a known first name in a
 * thanks / greeting context). Pure functions, no I/O; every pattern is bounded so that
 * the scan stays linear in the length of the text.
 */
import { findNames } from './names';
import { findEmails, findNirs, findPhones } from './numbers';
import { PLACEHOLDER_RE, type RedactionSpan } from './types';

export type { RedactionSpan, RedactionType } from './types';

function placeholderRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(PLACEHOLDER_RE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Public API

function overlaps(a: RedactionSpan, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Personal data found in `text`: sorted, non-overlapping spans with offsets into `text`. */
export function findPersonalData(text: string): RedactionSpan[] {
  if (!text) return [];
  const placeholders = placeholderRanges(text);
  const accepted: RedactionSpan[] = [];
  const consider = (candidates: RedactionSpan[]) => {
    for (const c of candidates) {
      if (c.end <= c.start) continue;
      if (placeholders.some((p) => overlaps(c, { start: p[0], end: p[1] }))) continue;
      if (accepted.some((a) => overlaps(a, c))) continue;
      accepted.push(c);
    }
  };
  // priority: e-mail, NIR (before phones), telephone, then names
  consider(findEmails(text));
  consider(findNirs(text));
  consider(findPhones(text, accepted));
  const masked: Array<[number, number]> = [
    ...placeholders,
    ...accepted.map((s): [number, number] => [s.start, s.end]),
  ].sort((a, b) => a[0] - b[0]);
  consider(findNames(text, masked));
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * Replace every piece of personal data by its placeholder ([EMAIL], [TELEPHONE], [NIR], [NOM]).
 * `spans` are offsets into the original text; `redactedSpans` the same spans in the redacted text.
 */
export function redact(text: string): {
  text: string;
  spans: RedactionSpan[];
  redactedSpans: RedactionSpan[];
} {
  const spans = findPersonalData(text);
  let out = '';
  let last = 0;
  const redactedSpans: RedactionSpan[] = [];
  for (const s of spans) {
    out += text.slice(last, s.start);
    const placeholder = `[${s.type}]`;
    redactedSpans.push({ type: s.type, start: out.length, end: out.length + placeholder.length });
    out += placeholder;
    last = s.end;
  }
  out += text.slice(last);
  return { text: out, spans, redactedSpans };
}
