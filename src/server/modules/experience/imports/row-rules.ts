import { createHash } from 'node:crypto';
import {
  COMMENT_MAX_LENGTH,
  type ImportMapping,
  type RejectionReason,
} from '../../../../shared/schemas/experience';
import { cellText, isBlank, type Cell } from './sheet-reader';

// How one row of an imported file becomes a comment, or why it is rejected. Pure functions:
// the job feeds them the rows, the tests feed them edge cases.

const SHORT_TEXT = 120;
const VALUE_SHOWN = 80;
const RESPONSE_ID_MAX = 200;
/** Dates before this year are placeholders or typing errors, not answers to a survey. */
const FIRST_YEAR = 1950;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Where each role's columns sit in a row (indexes into the header). */
export interface ColumnIndexes {
  text: number[];
  date: number;
  service: number | null;
  establishment: number | null;
  stayType: number | null;
  responseId: number | null;
  scores: { index: number; label: string }[];
}

/** The mapping's columns that the file does not have (as field paths of the mapping). */
export function unknownColumns(mapping: ImportMapping, columns: string[]): string[] {
  const known = new Set(columns);
  const paths: string[] = [];
  mapping.text.forEach((c, i) => !known.has(c) && paths.push(`mapping.text.${i}`));
  for (const role of ['date', 'service', 'establishment', 'stayType', 'responseId'] as const) {
    const column = mapping[role];
    if (column !== null && !known.has(column)) paths.push(`mapping.${role}`);
  }
  mapping.scores.forEach(
    (s, i) => !known.has(s.column) && paths.push(`mapping.scores.${i}.column`),
  );
  return paths;
}

export function columnIndexes(mapping: ImportMapping, columns: string[]): ColumnIndexes {
  const at = (column: string) => {
    const index = columns.indexOf(column);
    if (index === -1) throw new Error('mapping names a column the file does not have');
    return index;
  };
  const optional = (column: string | null) => (column === null ? null : at(column));
  return {
    text: mapping.text.map(at),
    date: at(mapping.date),
    service: optional(mapping.service),
    establishment: optional(mapping.establishment),
    stayType: optional(mapping.stayType),
    responseId: optional(mapping.responseId),
    scores: mapping.scores.map((s) => ({ index: at(s.column), label: s.label })),
  };
}

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function validDate(y: number, m: number, d: number): string | null {
  if (y < FIRST_YEAR || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return iso(y, m, d);
}

function fromUtc(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return validDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** An Excel serial day number (days since 30/12/1899; the fraction is the time). */
const fromSerial = (serial: number) =>
  serial >= 1 && serial < 2_958_466
    ? fromUtc(new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS))
    : null;

/** Two-digit years: this century unless that is in the future. */
function fullYear(text: string, today: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  const thisYear = Number(today.slice(0, 4));
  return 2000 + year <= thisYear ? 2000 + year : 1900 + year;
}

const DATE_TIME_TAIL = String.raw`(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${DATE_TIME_TAIL}$`);
const THREE_PARTS = new RegExp(
  String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})${DATE_TIME_TAIL}$`,
);

/**
 * A date cell as 'YYYY-MM-DD', or null when it is not a date: ISO, dd/mm/yyyy or dd/mm/yy (the
 * order of day and month as chosen in the mapping), Excel date cells and serial numbers.
 */
export function parseDate(cell: Cell, order: ImportMapping['dateFormat'], today: string) {
  if (cell instanceof Date) return fromUtc(cell);
  if (typeof cell === 'number') return fromSerial(cell);
  const text = cell.trim();
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return validDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const parts = THREE_PARTS.exec(text);
  if (parts) {
    const [a, b, c] = [parts[1] ?? '', parts[2] ?? '', parts[3] ?? ''];
    if (order === 'ymd') return validDate(fullYear(a, today), Number(b), Number(c));
    if (order === 'mdy') return validDate(fullYear(c, today), Number(a), Number(b));
    return validDate(fullYear(c, today), Number(b), Number(a));
  }
  // An Excel serial number exported as text (a date column without its date format).
  if (/^\d{5}(?:[.,]\d+)?$/.test(text)) return fromSerial(Number(text.replace(',', '.')));
  return null;
}

/** A score: a number (decimal comma accepted), null when empty, 'bad' otherwise. */
export function parseScore(cell: Cell | undefined): number | null | 'bad' {
  if (cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'bad';
  if (cell instanceof Date) return 'bad';
  const text = cell.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return null;
  if (!/^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(text)) return 'bad';
  return Number(text.replace(',', '.'));
}

export const normaliseName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

export type EstablishmentMatch = { id: string } | 'unknownEstablishment' | 'forbiddenEstablishment';

/** Finds an establishment by FINESS or exact name (case and accents aside). */
export function establishmentResolver(
  establishments: { id: string; name: string; finess: string }[],
  mayImportInto: (id: string) => boolean,
): (value: string) => EstablishmentMatch {
  const byFiness = new Map(establishments.map((e) => [e.finess.toUpperCase(), e.id]));
  const byName = new Map<string, string | null>();
  for (const e of establishments) {
    const key = normaliseName(e.name);
    // Two establishments with one name: the name does not say which.
    byName.set(key, byName.has(key) ? null : e.id);
  }
  return (value) => {
    const finess = value.replace(/\s/g, '').toUpperCase();
    const id =
      (finess.length === 9 ? byFiness.get(finess) : undefined) ?? byName.get(normaliseName(value));
    if (!id) return 'unknownEstablishment';
    return mayImportInto(id) ? { id } : 'forbiddenEstablishment';
  };
}

export interface MappedComment {
  establishmentId: string;
  receivedOn: string;
  month: string;
  service: string;
  stayType: string;
  text: string;
  scores: Record<string, number>;
  responseId: string | null;
}

export type RowResult =
  { comment: MappedComment } | { reason: RejectionReason; value: string | null };

export interface RowContext {
  columns: ColumnIndexes;
  dateOrder: ImportMapping['dateFormat'];
  /** Today in Paris, 'YYYY-MM-DD'. */
  today: string;
  defaultEstablishmentId: string;
  resolveEstablishment: (value: string) => EstablishmentMatch;
}

const shown = (text: string) => text.slice(0, VALUE_SHOWN);
const reject = (reason: RejectionReason, value: string | null = null): RowResult => ({
  reason,
  value: value === null ? null : shown(value),
});

/** Maps a row to a comment, or says why it is rejected (first problem in the reasons' order). */
export function mapRow(cells: Cell[], context: RowContext): RowResult {
  const { columns } = context;
  const text = columns.text
    .map((i) => cellText(cells[i]))
    .filter((part) => part !== '')
    .join('\n\n');

  const scores: Record<string, number> = {};
  let badScore: string | null = null;
  let present = 0;
  for (const { index, label } of columns.scores) {
    const score = parseScore(cells[index]);
    if (score === null) continue;
    present += 1;
    if (score === 'bad') badScore ??= `${label} : ${cellText(cells[index])}`;
    else scores[label] = score;
  }

  // A row with scores but no comment still counts (closed questions).
  if (text === '' && present === 0) return reject('missingText');
  if (text.length > COMMENT_MAX_LENGTH) return reject('textTooLong', String(text.length));

  const dateCell = cells[columns.date];
  if (dateCell === undefined || isBlank(dateCell)) return reject('missingDate');
  const receivedOn = parseDate(dateCell, context.dateOrder, context.today);
  if (!receivedOn) return reject('badDate', cellText(dateCell));
  if (receivedOn > context.today) return reject('futureDate', cellText(dateCell));

  let establishmentId = context.defaultEstablishmentId;
  const establishment =
    columns.establishment === null ? '' : cellText(cells[columns.establishment]);
  if (establishment !== '') {
    const match = context.resolveEstablishment(establishment);
    if (typeof match === 'string') return reject(match, establishment);
    establishmentId = match.id;
  }

  if (badScore !== null) return reject('badScore', badScore);

  const short = (index: number | null) =>
    index === null ? '' : cellText(cells[index]).slice(0, SHORT_TEXT).trim();
  const responseId =
    columns.responseId === null
      ? ''
      : cellText(cells[columns.responseId]).slice(0, RESPONSE_ID_MAX);
  return {
    comment: {
      establishmentId,
      receivedOn,
      month: `${receivedOn.slice(0, 8)}01`,
      service: short(columns.service),
      stayType: short(columns.stayType),
      text,
      scores,
      responseId: responseId === '' ? null : responseId,
    },
  };
}

/** A fingerprint of a comment's values (what makes two rows "the same answer"). */
export function rowFingerprint(comment: MappedComment): string {
  const scores = Object.entries(comment.scores).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(
      JSON.stringify([
        comment.establishmentId,
        comment.receivedOn,
        comment.service,
        comment.stayType,
        // Line endings and spacing vary between exports of the same answers.
        comment.text.replace(/\s+/g, ' '),
        scores,
      ]),
    )
    .digest('hex');
}

/**
 * The key that makes imports idempotent. With a response identifier: the source and the
 * identifier. Otherwise the row's fingerprint and how many identical rows came before it in the
 * same file: two "RAS" rows of one file are two answers, and importing the file again adds none.
 */
export function dedupKey(
  comment: MappedComment,
  sourceId: string,
  occurrences: Map<number, number>,
): string {
  if (comment.responseId !== null) return `id:${sourceId}:${comment.responseId}`;
  const fingerprint = rowFingerprint(comment);
  // 48 bits of the fingerprint count the occurrences: a small map, even for a million rows.
  // A collision only numbers a row 1 instead of 0, the same way at every import of the file.
  const slot = Number.parseInt(fingerprint.slice(0, 12), 16);
  const n = occurrences.get(slot) ?? 0;
  occurrences.set(slot, n + 1);
  return `row:${fingerprint}:${n}`;
}
