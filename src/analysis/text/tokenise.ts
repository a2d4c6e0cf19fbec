import { foldForFeatures, normaliseApostrophes } from './normalise';

export type TokenKind = 'word' | 'punct';

export interface Token {
  /** Text exactly as written. */
  raw: string;
  /** Lowercased, accents kept (the stemmers expect accented French). */
  lower: string;
  /** Lowercased, accents folded, digits as 0: the form used for features. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// Words (letters/digits, with inner apostrophes such as "l'accueil", "didn't"), or one punctuation
// mark that can end a clause. Hyphens split words ("aide-soignante" → two words).
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?|[.!?;:,()\n…]/gu;

// French elided articles/pronouns are split from the word they precede ("l'accueil" → "l'", "accueil").
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
]);

function makeToken(raw: string, start: number, kind: TokenKind, norm?: string): Token {
  return {
    raw,
    lower: raw.toLowerCase(),
    norm: norm ?? foldForFeatures(raw),
    start,
    end: start + raw.length,
    kind,
  };
}

function splitWord(raw: string, start: number, out: Token[]): void {
  const apostrophe = raw.indexOf("'");
  if (apostrophe < 0) {
    out.push(makeToken(raw, start, 'word'));
    return;
  }
  const head = raw.slice(0, apostrophe).toLowerCase();
  if (ELISIONS.has(head) && apostrophe + 1 < raw.length) {
    // "n'" is the French negation particle: give it the full form "ne" so negation sees it.
    out.push(
      makeToken(raw.slice(0, apostrophe + 1), start, 'word', head === 'n' ? 'ne' : `${head}'`),
    );
    splitWord(raw.slice(apostrophe + 1), start + apostrophe + 1, out);
    return;
  }
  const lower = raw.toLowerCase();
  if (lower.endsWith("n't")) {
    // English contractions: "didn't" → "did" + "not"; "can't" → "ca" + "not".
    const cut = raw.length - 3;
    if (cut > 0) out.push(makeToken(raw.slice(0, cut), start, 'word'));
    out.push(makeToken(raw.slice(cut), start + cut, 'word', 'not'));
    return;
  }
  // Other apostrophes ("aujourd'hui", "it's") are dropped from the feature form.
  out.push(makeToken(raw, start, 'word', foldForFeatures(raw.replace(/'/g, ''))));
}

/**
 * Splits a text into word and punctuation tokens with offsets into the original string. `raw` comes
 * from the apostrophe-normalised copy, which has the same length as the original.
 */
export function tokenise(text: string): Token[] {
  const source = normaliseApostrophes(text);
  const tokens: Token[] = [];
  for (const match of source.matchAll(TOKEN)) {
    const value = match[0];
    if (/^[\p{L}\p{N}]/u.test(value)) {
      splitWord(value.endsWith("'") ? value.slice(0, -1) : value, match.index, tokens);
    } else {
      tokens.push(makeToken(value, match.index, 'punct', value === '\n' ? '.' : value));
    }
  }
  return tokens;
}
