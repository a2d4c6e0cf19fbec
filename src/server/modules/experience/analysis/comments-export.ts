import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Language } from '../../../../shared/enums';
import { CSV_BOM, CSV_LINE_END, csvLine } from '../../../lib/csv';
import { label } from '../../../lib/labels';
import type { CommentRow } from './comments.repository';

// Exports of the comments behind a dashboard (CSV or XLSX), streamed page by page: neither the
// rows nor the file are ever held whole in memory. Only analysed comments leave, redacted.

export interface ExportSource {
  questions: string[];
  themeLabels: { code: string; fr: string; en: string }[];
  /** Pages of comments, newest first. */
  pages: AsyncIterable<CommentRow[]>;
}

const WORDS_FR = {
  date: 'Date',
  service: 'Service',
  stayType: 'Type de séjour',
  source: 'Source',
  sentiment: 'Tonalité',
  themes: 'Thèmes',
  text: 'Commentaire',
  reviewed: 'Relu',
  yes: 'oui',
  no: 'non',
  file: 'commentaires',
};

const HEADERS: Record<Language, typeof WORDS_FR> = {
  fr: WORDS_FR,
  en: {
    date: 'Date',
    service: 'Service',
    stayType: 'Type of stay',
    source: 'Source',
    sentiment: 'Sentiment',
    themes: 'Themes',
    text: 'Comment',
    reviewed: 'Reviewed',
    yes: 'yes',
    no: 'no',
    file: 'comments',
  },
};

/** The file's name, e.g. commentaires-2026-03-14.csv. */
export const exportFileName = (language: Language, format: 'csv' | 'xlsx', today: string) =>
  `${HEADERS[language].file}-${today}.${format}`;

/** The cells of one comment, in the reader's language (labels, not codes). */
function rowBuilder(language: Language, source: ExportSource) {
  const words = HEADERS[language];
  const themeLabel = new Map(
    source.themeLabels.map((t) => [t.code, language === 'en' ? t.en : t.fr]),
  );
  return {
    header: [
      words.date,
      words.service,
      words.stayType,
      words.source,
      words.sentiment,
      words.themes,
      words.text,
      words.reviewed,
      // Kiosk answers are stored as `kiosk.<question>`: their column says the question in words.
      ...source.questions.map((q) =>
        q.startsWith('kiosk.') ? label(language, `experience.kioskScores.${q.slice(6)}`) : q,
      ),
    ],
    cells: (row: CommentRow) => ({
      date: row.receivedOn,
      texts: [
        row.service,
        row.stayType,
        row.sourceName,
        label(language, `experience.sentiments.${row.sentiment ?? 'aucun'}`),
        row.themes.map((code) => themeLabel.get(code) ?? code).join(', '),
        row.text,
        row.reviewedAt ? words.yes : words.no,
      ],
      scores: source.questions.map((q) => row.scores[q] ?? null),
    }),
  };
}

const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** CSV (see lib/csv.ts): dates and decimal commas the French way in French. */
export function commentsCsv(language: Language, source: ExportSource): Readable {
  const { header, cells } = rowBuilder(language, source);
  const number = (n: number | null) =>
    n === null ? null : language === 'fr' ? String(n).replace('.', ',') : String(n);
  async function* lines() {
    yield `${CSV_BOM}${csvLine(header)}${CSV_LINE_END}`;
    for await (const page of source.pages) {
      let chunk = '';
      for (const row of page) {
        const { date, texts, scores } = cells(row);
        const day = language === 'fr' ? frenchDate(date) : date;
        chunk += csvLine([day, ...texts, ...scores.map(number)]) + CSV_LINE_END;
      }
      yield chunk;
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

/** XLSX through exceljs's streaming writer; a page is written only once the client keeps up. */
export function commentsXlsx(language: Language, source: ExportSource): PassThrough {
  const { header, cells } = rowBuilder(language, source);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(HEADERS[language].file, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = header.map((_, i) => ({ width: i === 6 ? 80 : i === 5 ? 40 : 18 }));
  (async () => {
    const top = sheet.addRow(header);
    top.font = { bold: true };
    top.commit();
    for await (const page of source.pages) {
      for (const row of page) {
        const { date, texts, scores } = cells(row);
        // Empty texts as empty cells.
        const line = sheet.addRow([
          new Date(`${date}T00:00:00Z`),
          ...texts.map((text) => text || null),
          ...scores,
        ]);
        line.getCell(1).numFmt = language === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
        line.getCell(7).alignment = { wrapText: true, vertical: 'top' };
        line.commit();
      }
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
