import type { ImportMapping } from '../../../../shared/schemas/experience';
import { normaliseName, parseScore } from './row-rules';

// The mapping proposed at the preview: the source's saved one when the file still has all its
// columns, otherwise a guess from the column names (French and English exports) and values.

const ROLES = {
  text: /\b(commentaires?|verbatims?|textes?|remarques?|suggestions?|observations?|comments?|texte libre|free text|avis)\b/,
  date: /\b(date|jour|day)\b/,
  service: /\b(service|unite|uf|pole|department|ward|unit)\b/,
  establishment: /\b(finess|etablissement|establishment|hopital|site)\b/,
  stayType: /\b(type de sejour|type sejour|mode|sejour|stay type)\b/,
  responseId:
    /^(id|identifiant|numero de reponse|n° de reponse|no de reponse|response id|reponse id|id reponse|numero)$/,
  score: /\b(note|score|satisfaction|q\d+|question \d+|rating)\b|^q\d+/,
} as const;

const MAX_SCORES = 30;
const SCORE_LABEL_MAX = 120;

/** Whether every column of a saved mapping is in the file. */
function fits(mapping: ImportMapping, columns: string[]): boolean {
  const known = new Set(columns);
  const used = [
    ...mapping.text,
    mapping.date,
    mapping.service,
    mapping.establishment,
    mapping.stayType,
    mapping.responseId,
    ...mapping.scores.map((s) => s.column),
  ];
  return used.every((column) => column === null || known.has(column));
}

/** A column whose preview values are all numbers (at least one): "Note" in words is no score. */
function numeric(rows: string[][], index: number): boolean {
  const values = rows.map((row) => row[index] ?? '').filter((v) => v.trim() !== '');
  return values.length > 0 && values.every((v) => typeof parseScore(v) === 'number');
}

export function suggestMapping(
  columns: string[],
  rows: string[][],
  saved: ImportMapping | null,
): ImportMapping | null {
  if (saved && fits(saved, columns)) return saved;
  const names = columns.map(normaliseName);
  const taken = new Set<number>();
  const first = (pattern: RegExp) => {
    const index = names.findIndex((name, i) => !taken.has(i) && pattern.test(name));
    if (index === -1) return null;
    taken.add(index);
    return columns[index] ?? null;
  };
  // Identifiers first: "Numéro de réponse" is not a score, "Date de séjour" is not a stay type.
  const responseId = first(ROLES.responseId);
  const date = first(ROLES.date);
  const establishment = first(ROLES.establishment);
  const stayType = first(ROLES.stayType);
  const service = first(ROLES.service);
  const text = columns.filter((_, i) => !taken.has(i) && ROLES.text.test(names[i] ?? ''));
  text.forEach((column) => taken.add(columns.indexOf(column)));
  const scores = columns
    .map((column, index) => ({ column, index }))
    .filter(
      ({ index }) =>
        !taken.has(index) &&
        ROLES.score.test(names[index] ?? '') &&
        (rows.length === 0 || numeric(rows, index)),
    )
    .slice(0, MAX_SCORES)
    .map(({ column }) => ({ column, label: column.slice(0, SCORE_LABEL_MAX) }));
  if (text.length === 0 || !date) return null;
  return {
    text: text.slice(0, 10),
    date,
    dateFormat: 'dmy',
    service,
    establishment,
    stayType,
    responseId,
    scores,
  };
}
