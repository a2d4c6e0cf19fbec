// CSV the way French Excel opens it without an import wizard: UTF-8 with a byte-order mark, ";"
// between cells, CRLF line ends. Cells that a spreadsheet would run as a formula are defused.

export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';
export const CSV_BOM = '\ufeff';

/**
 * One cell: quoted when it holds the separator, a quote or a line break; text that a spreadsheet
 * would run as a formula (= + - @, tab, carriage return first) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of cells, without its line end. */
export function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}
