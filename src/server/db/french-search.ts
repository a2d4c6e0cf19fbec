import { sql, type SQL } from 'drizzle-orm';

/**
 * A French full-text query from what a person typed (web-search syntax: "phrase", -word, or).
 * Snowball's French stemmer is uneven on plurals and -er nouns ("usager" → `usag` but "usagers"
 * → `usager`; "essais" stays `essais` while "essai" is `essai`), so each query stem loses a final
 * s or x, then a final "er", and becomes a prefix when four letters or more remain: "usagers" →
 * `usag:*`, "essais" → `essai:*`. Works the same on PGlite.
 */
// Each pattern starts at an opening quote (start, space, `!` or `(` before it), so the text
// between two lexemes (`' & !'`) is never taken for one.
const STEPS: [pattern: string, replacement: string][] = [
  ["(^|[\\s!(])'([^']{4,})[sx]'", "\\1'\\2'"],
  ["(^|[\\s!(])'([^']{4,})er'", "\\1'\\2'"],
  ["(^|[\\s!(])'([^']{4,})'", "\\1'\\2':*"],
];

export const frenchQuery = (q: string) =>
  sql`${STEPS.reduce<SQL>(
    (query, [pattern, replacement]) =>
      sql`regexp_replace(${query}, ${pattern}, ${replacement}, 'g')`,
    sql`websearch_to_tsquery('french', ${q})::text`,
  )}::tsquery`;
