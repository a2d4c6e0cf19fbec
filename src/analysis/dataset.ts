import { parse } from 'csv-parse/sync';

export interface DatasetRow {
  id: string;
  text: string;
  /** Values of the label column split on `|`; [] when empty. */
  values: string[];
  raw: string;
}

/** Reads a CSV with a header (BOM, CRLF and quoted newlines handled by csv-parse). */
export function parseCsv(content: string | Buffer): Record<string, string>[] {
  return parse(content, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: false,
  }) as Record<string, string>[];
}

/** The 1–5 scale of the NHS data (1 = very positive) collapsed to three classes. */
export function sentiment3(value: string): string {
  const n = Number(value.trim());
  if (!Number.isFinite(n) || value.trim() === '') return '';
  if (n <= 2) return 'positive';
  if (n === 3) return 'neutral/mixed';
  return 'negative';
}

export function readDataset(
  content: string | Buffer,
  labelColumn: string,
  options: { sentiment3?: boolean } = {},
): DatasetRow[] {
  return parseCsv(content).map((record, index) => {
    let raw = (record[labelColumn] ?? '').trim();
    if (options.sentiment3) raw = sentiment3(raw);
    return {
      id: record.id ?? String(index + 1),
      text: record.text ?? '',
      values:
        raw === ''
          ? []
          : raw
              .split('|')
              .map((v) => v.trim())
              .filter((v) => v !== ''),
      raw,
    };
  });
}
