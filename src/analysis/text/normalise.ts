// Text normalisation shared by tokenisation, features and redaction.

const APOSTROPHES = /[\u2019\u2018\u02BC\u0060\u00B4]/g;

/** Typographic apostrophes become a plain `'` (same length, so offsets are kept). */
export function normaliseApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * Lowercase and fold accents for features ("Infirmière" → "infirmiere"); ligatures are spelt out
 * and digits collapse to 0 so "14h30" and "15h45" share features.
 */
export function foldForFeatures(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII letters need no folding.
  if (/^[a-z']*$/.test(lower)) return lower;
  let out = '';
  for (const char of lower) {
    const ligature = LIGATURES[char];
    if (ligature) {
      out += ligature;
      continue;
    }
    if (char >= '0' && char <= '9') {
      out += '0';
      continue;
    }
    out += char.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}
