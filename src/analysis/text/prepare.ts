import { detectLanguage, type Language } from './language';
import { markNegation } from './negation';
import { segment, type Segment } from './segment';
import { stem } from './stem';
import { tokenise, type Token } from './tokenise';

/** A comment after the text pipeline: tokens, stems with negation marks, clause segments. */
export interface PreparedText {
  text: string;
  language: Language;
  tokens: Token[];
  /** Feature form of each token: stem, prefixed `NEG_` inside a negation scope; '' when unused. */
  terms: string[];
  segments: Segment[];
}

/** Elided articles ("l'", "d'") and lone letters carry no meaning as words. */
function isFeatureWord(token: Token): boolean {
  return token.kind === 'word' && !token.norm.endsWith("'");
}

export function prepareText(
  text: string,
  language?: Language,
  fallback: Language = 'fr',
): PreparedText {
  const tokens = tokenise(text);
  const lang = language ?? detectLanguage(tokens, fallback);
  const negated = markNegation(tokens);
  const terms = tokens.map((token, i) => {
    if (!isFeatureWord(token)) return '';
    const base = token.norm === 'ne' || token.norm === 'not' ? token.norm : stem(token.lower, lang);
    return negated[i] ? `NEG_${base}` : base;
  });
  return { text, language: lang, tokens, terms, segments: segment(text, tokens) };
}
