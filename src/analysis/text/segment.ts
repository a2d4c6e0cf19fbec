import { isContrastiveAt } from './negation';
import type { Token } from './tokenise';

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd) in the comment's token list. */
  tokenStart: number;
  tokenEnd: number;
}

const SENTENCE_END = new Set(['.', '!', '?', ';', '…']);

/**
 * Splits a comment into clauses: after sentence punctuation (. ! ? ; and line breaks) and before a
 * contrastive conjunction ("mais", "par contre", "but", "however"). Segments without words are dropped.
 */
export function segment(text: string, tokens: readonly Token[]): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  const close = (to: number): void => {
    let first = from;
    let last = to - 1;
    while (first <= last && tokens[first]!.kind === 'punct') first++;
    while (last >= first && tokens[last]!.kind === 'punct' && !SENTENCE_END.has(tokens[last]!.raw))
      last--;
    if (first <= last) {
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      segments.push({
        text: text.slice(start, end),
        start,
        end,
        tokenStart: first,
        tokenEnd: last + 1,
      });
    }
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && (SENTENCE_END.has(token.raw) || token.norm === '.')) {
      close(i + 1);
    } else if (i > from && isContrastiveAt(tokens, i) > 0) {
      close(i);
    }
  }
  close(tokens.length);
  return segments;
}
