import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEstablishment } from '../../../../../test/factories/establishments';
import { makeUser } from '../../../../../test/factories/users';
import { signedIn } from '../../../../../test/support/demo-community';
import { createTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app';
import { users } from '../../../db/schema';
import { insertAnalysedComments, insertComments, makeSource } from './experience.testing';

// Exports read back: the CSV with csv-parse, the XLSX with exceljs, same rows as the screen.

const EXPORT = '/api/experience/comments/export';
let t: TestApp;
let x: string;
let big: string;
let french: TestClient;
let english: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  x = (await makeEstablishment(t.database)).id;
  big = (await makeEstablishment(t.database)).id;
  const db = t.database.db;
  const file = await makeSource(db, x, 'file', 'Enquête de sortie');
  const kiosk = await makeSource(db, x, 'kiosk', 'Borne du hall');
  await insertAnalysedComments(db, {
    establishmentId: x,
    sourceId: file,
    rows: [
      {
        text: 'Repas corrects; personnel "agréable"',
        receivedOn: '2025-03-12',
        service: 'Médecine',
        stayType: 'Hospitalisation complète',
        themes: ['repas', 'relations'],
        sentiment: 'mixte',
        scores: { 'Note globale': 4.5, Propreté: 3 },
        reviewed: true,
      },
      {
        text: 'Attente\nlongue',
        receivedOn: '2025-01-05',
        themes: ['attente'],
        sentiment: 'negatif',
      },
    ],
  });
  await insertAnalysedComments(db, {
    establishmentId: x,
    sourceId: kiosk,
    rows: [
      {
        text: '=HYPERLINK("http://exemple.test")',
        receivedOn: '2025-03-10',
        service: 'Urgences',
        stayType: 'Ambulatoire',
        scores: { 'Note globale': 2 },
      },
    ],
  });
  // Not analysed yet: never exported (its raw text is personal data).
  await insertComments(db, {
    establishmentId: x,
    sourceId: file,
    rows: [{ text: 'Appelez-moi au 06 12 34 56 78', receivedOn: '2025-03-15' }],
  });
  await insertAnalysedComments(db, {
    establishmentId: big,
    rows: Array.from({ length: 2_345 }, (_, i) => ({
      text: `Commentaire ${i}`,
      receivedOn: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      themes: ['satisfaction'],
      sentiment: 'positif',
    })),
  });
  const reader = async (language: 'fr' | 'en') => {
    const user = await makeUser(t.database, {
      links: [
        { establishmentId: x, role: 'quality_manager' },
        { establishmentId: big, role: 'quality_manager' },
      ],
    });
    await db.update(users).set({ language }).where(eq(users.id, user.id));
    return signedIn(t, user.email);
  };
  french = await reader('fr');
  english = await reader('en');
});
afterAll(() => t.close());

describe('comment exports', () => {
  it('CSV: French labels, dates and decimals, defused formulas, newest first', async () => {
    const response = await french.get(`${EXPORT}?establishmentId=${x}&format=csv`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="commentaires-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body.startsWith('\ufeff')).toBe(true);
    expect(response.body).not.toContain('06 12');
    const rows = parse(response.body, { bom: true, delimiter: ';' }) as string[][];
    expect(rows).toEqual([
      [
        'Date',
        'Service',
        'Type de séjour',
        'Source',
        'Tonalité',
        'Thèmes',
        'Commentaire',
        'Relu',
        'Note globale',
        'Propreté',
      ],
      [
        '12/03/2025',
        'Médecine',
        'Hospitalisation complète',
        'Enquête de sortie',
        'Mitigé',
        'Repas et restauration, Relations humaines',
        'Repas corrects; personnel "agréable"',
        'oui',
        '4,5',
        '3',
      ],
      [
        '10/03/2025',
        'Urgences',
        'Ambulatoire',
        'Borne du hall',
        'Non déterminé',
        '',
        '\'=HYPERLINK("http://exemple.test")',
        'non',
        '2',
        '',
      ],
      [
        '05/01/2025',
        '',
        '',
        'Enquête de sortie',
        'Négatif',
        'Délais et attente',
        'Attente\nlongue',
        'non',
        '',
        '',
      ],
    ]);
  });

  it('applies the list’s filters', async () => {
    const response = await french.get(
      `${EXPORT}?establishmentId=${x}&format=csv&theme=repas&from=2025-03-01`,
    );
    const rows = parse(response.body, { bom: true, delimiter: ';' }) as string[][];
    expect(rows.slice(1).map((r) => r[0])).toEqual(['12/03/2025']);
  });

  it('XLSX: the same rows, in English, with real dates and numbers', async () => {
    const response = await english.get(`${EXPORT}?establishmentId=${x}&format=xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toMatch(/filename="comments-.*\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(sheet.rowCount).toBe(4);
    expect(values(1)).toEqual([
      'Date',
      'Service',
      'Type of stay',
      'Source',
      'Sentiment',
      'Themes',
      'Comment',
      'Reviewed',
      'Note globale',
      'Propreté',
    ]);
    expect(values(2)).toEqual([
      new Date('2025-03-12T00:00:00Z'),
      'Médecine',
      'Hospitalisation complète',
      'Enquête de sortie',
      'Mixed',
      'Food and meals, Staff attitude and relationships',
      'Repas corrects; personnel "agréable"',
      'yes',
      4.5,
      3,
    ]);
    // A formula-looking text stays text in a workbook.
    expect(sheet.getRow(3).getCell(7).value).toBe('=HYPERLINK("http://exemple.test")');
    expect(values(4).slice(0, 8)).toEqual([
      new Date('2025-01-05T00:00:00Z'),
      undefined, // empty cells
      undefined,
      'Enquête de sortie',
      'Negative',
      'Waiting times and delays',
      'Attente\nlongue',
      'no',
    ]);
  });

  it('pages through large exports without losing or repeating a row', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const response = await french.get(`${EXPORT}?establishmentId=${big}&format=${format}`);
      expect(response.statusCode).toBe(200);
      let texts: string[];
      if (format === 'csv') {
        const rows = parse(response.body, { bom: true, delimiter: ';' }) as string[][];
        texts = rows.slice(1).map((r) => r[6]!);
      } else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
        texts = [];
        workbook.worksheets[0]!.eachRow((row, n) => {
          if (n > 1) texts.push(String(row.getCell(7).value));
        });
      }
      expect(texts).toHaveLength(2_345);
      expect(new Set(texts).size).toBe(2_345);
    }
  });
});
