import { createReadStream } from 'node:fs';
import { PassThrough, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { IMPORT_FORMATS } from '../../../../shared/schemas/experience';
import { detectDelimiter, FileTextDecoder } from './text-decoding';

// Reads an uploaded file row by row, streaming: csv-parse for CSV, ExcelJS's streaming reader for
// XLSX (first sheet). Only the current row is in memory (plus, for XLSX, the workbook's table
// of shared strings, which the format requires).

export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** A cell: text ('' when empty), a number, or a date (XLSX date cells, in UTC). */
export type Cell = string | number | Date;
/** A row with its line as a spreadsheet shows it (1 = the first line of the file). */
export interface SheetRow {
  line: number;
  cells: Cell[];
}

export type SheetProblem = 'noHeader' | 'unreadable' | 'fileMissing';
/** The file cannot be read as a table (the message is one of the codes above). */
export class SheetError extends Error {
  constructor(readonly problem: SheetProblem) {
    super(problem);
  }
}

export interface Sheet {
  /** Column names of the header line (made unique; blank ones named #n). */
  columns: string[];
  /** The next line holding a value, or null at the end of the file. */
  next(): Promise<SheetRow | null>;
  /** Bytes of the file read so far. */
  bytesRead(): number;
  close(): Promise<void>;
}

/** A record longer than this is a broken file (e.g. a quote never closed), not a comment. */
const MAX_RECORD_BYTES = 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

const noop = () => undefined;

/** The first non-blank line of a text file (to choose the CSV separator). */
async function firstLine(filePath: string): Promise<string> {
  const decoder = new FileTextDecoder();
  const head = createReadStream(filePath, { start: 0, end: HEAD_BYTES - 1 });
  pipeline(head, decoder, noop);
  let text = '';
  for await (const chunk of decoder) text += String(chunk);
  return text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
}

async function* csvRows(filePath: string, progress: { bytes: () => number }) {
  const delimiter = detectDelimiter(await firstLine(filePath));
  const decoder = new FileTextDecoder();
  progress.bytes = () => decoder.bytesRead;
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  const file = createReadStream(filePath);
  // Errors of any stage destroy the parser, which makes the loop below throw.
  pipeline(file, decoder, parser, noop);
  try {
    let line = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      yield { line, cells: record } satisfies SheetRow;
    }
  } finally {
    file.destroy();
    parser.destroy();
  }
}

type ExcelValue = ExcelJS.CellValue;

function excelCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return excelCell((value as { result?: ExcelValue }).result ?? null);
  }
  if ('error' in value) return '';
  if ('text' in value) return excelCell(value.text as ExcelValue);
  return '';
}

async function* xlsxRows(filePath: string, progress: { bytes: () => number }) {
  let bytes = 0;
  progress.bytes = () => bytes;
  const file = createReadStream(filePath);
  const counted = new PassThrough();
  counted.on('data', (chunk: Buffer) => (bytes += chunk.length));
  pipeline(file, counted, noop);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(counted, {
    sharedStrings: 'cache',
    // Styles tell which numbers are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const values = row.values as ExcelValue[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(excelCell(values[i]));
        yield { line: row.number, cells } satisfies SheetRow;
      }
      return; // the first sheet only
    }
  } finally {
    file.destroy();
    counted.destroy();
  }
}

export const isBlank = (cell: Cell | undefined) =>
  cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** Names of the header's columns: trimmed, blank ones named #n, repeated ones numbered. */
export function columnNames(cells: Cell[]): string[] {
  let last = cells.length;
  while (last > 0 && isBlank(cells[last - 1])) last -= 1;
  const seen = new Map<string, number>();
  return cells.slice(0, last).map((cell, i) => {
    const base = cellText(cell).slice(0, 190) || `#${i + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text: dates as ISO (with the time when there is one), numbers as written by JS. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const day = cell.toISOString().slice(0, 10);
    const h = cell.getUTCHours();
    const m = cell.getUTCMinutes();
    return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`;
  }
  return String(cell).trim();
}

function describe(error: unknown): SheetError {
  if (error instanceof SheetError) return error;
  if ((error as { code?: string }).code === 'ENOENT') return new SheetError('fileMissing');
  return new SheetError('unreadable');
}

/** Opens a stored file and reads up to its header line. Throws a SheetError. */
export async function openSheet(filePath: string, format: ImportFormat): Promise<Sheet> {
  const progress = { bytes: () => 0 };
  const rows = format === 'csv' ? csvRows(filePath, progress) : xlsxRows(filePath, progress);
  const nextFilled = async (): Promise<SheetRow | null> => {
    try {
      for (;;) {
        const { value, done } = await rows.next();
        if (done) return null;
        if (!value.cells.every(isBlank)) return value;
      }
    } catch (error) {
      await rows.return(undefined).catch(noop);
      throw describe(error);
    }
  };
  const header = await nextFilled();
  if (!header) {
    await rows.return(undefined).catch(noop);
    throw new SheetError('noHeader');
  }
  return {
    columns: columnNames(header.cells),
    next: nextFilled,
    bytesRead: () => progress.bytes(),
    async close() {
      await rows.return(undefined).catch(noop);
    },
  };
}

/** The header and the first rows as text (the mapping step's preview). */
export async function readHead(filePath: string, format: ImportFormat, count: number) {
  const sheet = await openSheet(filePath, format);
  try {
    const rows: string[][] = [];
    while (rows.length < count) {
      const row = await sheet.next();
      if (!row) break;
      rows.push(sheet.columns.map((_, i) => cellText(row.cells[i])));
    }
    return { columns: sheet.columns, rows };
  } finally {
    await sheet.close();
  }
}
