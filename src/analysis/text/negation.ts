import type { Token } from './tokenise';

// Words that open a negation scope on their own.
const OPENERS = new Set([
  // French
  'ne',
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'sans',
  'rien',
  'guere',
  'nullement',
  'ni',
  'non',
  // English ("n't" is tokenised as "not")
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'cannot',
  'hardly',
]);

// Contrastive words end a clause, so they also close a negation scope.
export const CONTRASTIVE = new Set([
  'mais',
  'cependant',
  'toutefois',
  'neanmoins',
  'pourtant',
  'but',
  'however',
  'although',
  'though',
  'whereas',
  'sauf',
]);

/** Multi-word contrastive markers, as folded token sequences. */
export const CONTRASTIVE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['par', 'contre'],
  ['en', 'revanche'],
  ['on', 'the'],
];

export function isContrastiveAt(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return 0;
  if (CONTRASTIVE.has(token.norm)) return 1;
  const next = tokens[index + 1];
  if (next && CONTRASTIVE_PAIRS.some(([a, b]) => a === token.norm && b === next.norm)) return 2;
  return 0;
}

export function isNegationCue(token: Token): boolean {
  return token.kind === 'word' && OPENERS.has(token.norm);
}

/**
 * Marks the words that follow a negation cue, up to the end of the clause (punctuation or a
 * contrastive conjunction): "pas mal" → mal is negated, "no one listened" → one, listened.
 * The cue itself is not marked (it is a feature in its own right).
 */
export function markNegation(tokens: readonly Token[]): boolean[] {
  const negated = new Array<boolean>(tokens.length).fill(false);
  let inScope = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct' || isContrastiveAt(tokens, i) > 0) {
      inScope = false;
      continue;
    }
    if (isNegationCue(token)) {
      inScope = true;
      continue;
    }
    negated[i] = inScope;
  }
  return negated;
}
