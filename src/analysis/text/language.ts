import type { Token } from './tokenise';

export type Language = 'fr' | 'en';

const FRENCH = new Set(
  'le la les des du un une et est pas tres très avec pour dans que qui je nous ils elle sur mais au aux ont été ete sont merci personnel bien ne plus ce cette mon ma mes'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and is was were not very with for in that who i we they she on but to of have has been are thank thanks staff good my me it this you'.split(
    ' ',
  ),
);

/** Guesses French or English from function words; `fallback` when no evidence either way. */
export function detectLanguage(tokens: readonly Token[], fallback: Language = 'fr'): Language {
  let fr = 0;
  let en = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (FRENCH.has(token.lower)) fr++;
    if (ENGLISH.has(token.lower)) en++;
  }
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}
