import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../../../test/support/test-app';
import type { ImportMappingInput, ImportPreview } from '../../../../shared/schemas/experience';
import {
  commentsOf,
  csv,
  IMPORTS,
  importJob,
  report,
  start,
  uploaded,
  uploadFile,
  withImports,
} from './imports.testing';

let t: TestApp;
let manager: TestClient;
let establishmentId: string;
let env: Awaited<ReturnType<typeof withImports>>;

beforeAll(async () => {
  env = await withImports();
  ({ t, manager } = env);
  establishmentId = env.establishment.id;
});
afterAll(() => t.close());

const HEADER = [
  'Numéro de réponse',
  'Date de réponse',
  'Service',
  'Type de séjour',
  'Commentaire positif',
  'Commentaire négatif',
  'Note globale',
];
const esatis = (rows: string[][]) => ({
  name: 'esatis-mco-2025.csv',
  content: csv([HEADER, ...rows]),
});
const MAPPING: ImportMappingInput = {
  text: ['Commentaire positif', 'Commentaire négatif'],
  date: 'Date de réponse',
  service: 'Service',
  stayType: 'Type de séjour',
  scores: [{ column: 'Note globale', label: 'Note globale' }],
};
const importDir = () => path.join(t.config.filesDir, 'experience-imports');

describe('experience imports: upload and mapping', () => {
  it('previews the first rows and suggests a mapping from the column names', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => [
      `R${i + 1}`,
      `0${(i % 9) + 1}/03/2025`,
      'Cardiologie',
      'Hospitalisation complète',
      `Équipe attentive ${i + 1}`,
      '',
      String(i % 5),
    ]);
    const preview = await uploaded(manager, establishmentId, esatis(rows));
    expect(preview.columns).toEqual(HEADER);
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[0]).toEqual(rows[0]);
    expect(preview.import).toMatchObject({
      status: 'uploaded',
      format: 'csv',
      fileName: 'esatis-mco-2025.csv',
      source: { name: 'esatis-mco-2025' },
      progress: 0,
      createdBy: expect.any(String),
    });
    expect(preview.suggestedMapping).toEqual({
      text: ['Commentaire positif', 'Commentaire négatif'],
      date: 'Date de réponse',
      dateFormat: 'dmy',
      service: 'Service',
      establishment: null,
      stayType: 'Type de séjour',
      responseId: 'Numéro de réponse',
      scores: [{ column: 'Note globale', label: 'Note globale' }],
    });
    // The same preview again while it waits for its mapping.
    const again = await manager.get(`${IMPORTS}/${preview.import.id}`);
    expect(again.statusCode).toBe(200);
    expect((again.json() as ImportPreview).rows).toEqual(preview.rows);

    const sources = await manager.get(`/api/experience/sources?establishmentId=${establishmentId}`);
    expect(sources.json()).toEqual([
      { id: preview.import.source.id, name: 'esatis-mco-2025', hasMapping: false, imports: 1 },
    ]);
  });

  it('checks the mapping against the file, queues the import, then keeps the mapping on the source', async () => {
    const preview = await uploaded(
      manager,
      establishmentId,
      esatis([['1', '02/03/2025', 'Urgences', 'Ambulatoire', 'Merci', '', '4']]),
      { sourceName: 'e-Satis MCO' },
    );
    const id = preview.import.id;
    const unknown = await manager.post(`${IMPORTS}/${id}/start`, {
      mapping: {
        ...MAPPING,
        text: ['Verbatim'],
        date: 'Jour',
        scores: [{ column: 'Q9', label: 'Q9' }],
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { path: 'mapping.text.0', message: 'Cette colonne n’existe pas dans le fichier.' },
      { path: 'mapping.date', message: 'Cette colonne n’existe pas dans le fichier.' },
      { path: 'mapping.scores.0.column', message: 'Cette colonne n’existe pas dans le fichier.' },
    ]);
    const noText = await manager.post(`${IMPORTS}/${id}/start`, {
      mapping: { ...MAPPING, text: [] },
    });
    expect(noText.json().errors).toEqual([
      { path: 'mapping.text', message: 'Choisissez au moins une colonne de commentaire.' },
    ]);
    const twice = await manager.post(`${IMPORTS}/${id}/start`, {
      mapping: {
        ...MAPPING,
        scores: [
          { column: 'Note globale', label: 'Note' },
          { column: 'Service', label: 'note' },
        ],
      },
    });
    expect(twice.json().errors).toEqual([
      {
        path: 'mapping.scores.1.label',
        message: 'Deux questions portent ce libellé : donnez-leur des libellés différents.',
      },
    ]);

    const started = await start(manager, id, MAPPING);
    expect(started).toMatchObject({ status: 'queued', mapping: { ...MAPPING, dateFormat: 'dmy' } });
    const again = await manager.post(`${IMPORTS}/${id}/start`, { mapping: MAPPING });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('importStarted');
    expect((await manager.delete(`${IMPORTS}/${id}`)).statusCode).toBe(409);

    // The next file of the source is offered the saved mapping.
    const next = await uploaded(
      manager,
      establishmentId,
      esatis([['2', '03/03/2025', 'Urgences', 'Ambulatoire', 'Bien', '', '5']]),
      { sourceId: preview.import.source.id },
    );
    expect(next.import.source).toEqual(preview.import.source);
    expect(next.suggestedMapping).toEqual({
      ...MAPPING,
      dateFormat: 'dmy',
      establishment: null,
      responseId: null,
    });
    const audit = await t.database.rows<{ action: string }>(
      `select action from audit_events where target_id = '${id}'`,
    );
    expect(audit).toEqual([{ action: 'experience.import' }]);
    await manager.delete(`${IMPORTS}/${next.import.id}`);
  });

  it('cancels an upload: the file and the unused new source go', async () => {
    const before = readdirSync(importDir()).length;
    const preview = await uploaded(manager, establishmentId, {
      name: 'brouillon.csv',
      content: 'Date;Commentaire\n01/01/2025;Test\n',
    });
    expect(readdirSync(importDir())).toHaveLength(before + 1);
    expect((await manager.delete(`${IMPORTS}/${preview.import.id}`)).statusCode).toBe(204);
    expect(readdirSync(importDir())).toHaveLength(before);
    expect((await manager.get(`${IMPORTS}/${preview.import.id}`)).statusCode).toBe(404);
    const sources = (
      await manager.get(`/api/experience/sources?establishmentId=${establishmentId}`)
    ).json();
    expect(sources.map((s: { name: string }) => s.name)).not.toContain('brouillon');
  });

  it('refuses empty, blank, unknown and old Excel files with a clear message', async () => {
    const problemOf = async (name: string, content: Buffer | string) => {
      const response = await uploadFile(manager, establishmentId, { name, content });
      return {
        status: response.statusCode,
        code: response.json().code,
        title: response.json().title,
      };
    };
    expect(await problemOf('vide.csv', '')).toEqual({
      status: 400,
      code: 'importEmpty',
      title: 'Ce fichier est vide.',
    });
    expect((await problemOf('blanc.csv', ' \r\n;;\r\n')).code).toBe('importNoHeader');
    expect((await problemOf('photo.png', Buffer.from('\x89PNG\r\n\x1a\n\0\0\0'))).code).toBe(
      'importFormat',
    );
    expect(
      (await problemOf('ancien.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))
        .code,
    ).toBe('importXls');
    expect((await problemOf('faux.xlsx', 'Date;Commentaire\n')).code).toBe('importFormat');
    expect((await problemOf('casse.xlsx', Buffer.from('PK\x03\x04 pas un zip'))).code).toBe(
      'importUnreadable',
    );
    const noFile = await manager.request({
      method: 'POST',
      url: IMPORTS,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: `--x\r\nContent-Disposition: form-data; name="establishmentId"\r\n\r\n${establishmentId}\r\n--x--\r\n`,
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().errors).toEqual([
      { path: 'file', message: 'Choisissez un fichier à déposer.' },
    ]);
    const badField = await uploadFile(manager, 'pas-un-uuid', { name: 'a.csv', content: 'Date\n' });
    expect(badField.json().errors).toEqual([
      { path: 'establishmentId', message: 'Identifiant invalide.' },
    ]);
    // Nothing was left behind by the refused files.
    const imports = (await manager.get(`${IMPORTS}?establishmentId=${establishmentId}`)).json();
    expect(imports.items.map((i: { fileName: string }) => i.fileName)).not.toContain('vide.csv');
  });

  it('refuses a file over the size limit while it streams (413)', async () => {
    const before = readdirSync(importDir()).length;
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    async function* big() {
      yield Buffer.from(
        `--b\r\nContent-Disposition: form-data; name="establishmentId"\r\n\r\n${establishmentId}\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="enorme.csv"\r\n\r\n`,
      );
      for (let i = 0; i < 201; i++) yield chunk;
      yield Buffer.from('\r\n--b--\r\n');
    }
    const { Readable } = await import('node:stream');
    const response = await manager.request({
      method: 'POST',
      url: IMPORTS,
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      payload: Readable.from(big()),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().errors[0].message).toBe(
      'Ce fichier est trop volumineux (au plus 200 Mo).',
    );
    expect(readdirSync(importDir())).toHaveLength(before);
  });
});

describe('experience imports: reading the file', () => {
  it('stores every valid row, and reports each rejected row with its line and reason', async () => {
    const long = 'x'.repeat(10_001);
    const file = {
      name: 'questionnaire-sortie.csv',
      content: csv([
        ['Date', 'Établissement', 'Service', 'Commentaire', 'Accueil', 'Propreté'],
        ['14/03/2025', '', ' Maternité ', 'Très bon accueil.', '4,5', ''],
        ['2025-03-15', 'hopital saint-eloi', 'Urgences', 'Attente trop longue.', '', '2'],
        ['16/03/25', env.annex.finess, '', 'RAS', '', ''],
        ['', '', '', 'Sans date', '', ''],
        ['32/01/2025', '', '', 'Date impossible', '', ''],
        ['01/01/2099', '', '', 'Date future', '', ''],
        ['17/03/2025', 'Clinique inconnue', '', 'Établissement inconnu', '', ''],
        ['17/03/2025', 'Clinique Sainte-Anne', '', 'Pas le mien', '', ''],
        ['17/03/2025', '', '', '', '', ''],
        ['17/03/2025', '', '', 'Note illisible', 'très bien', '3'],
        ['17/03/2025', '', '', long, '', ''],
        ['18/03/2025', '', 'Pédiatrie', '', '3', '4'],
        ['', '', '', '', '', ''],
        ['45736', '', '', 'Date en nombre de série', '', ''],
      ]),
    };
    const preview = await uploaded(manager, establishmentId, file);
    await start(manager, preview.import.id, {
      text: ['Commentaire'],
      date: 'Date',
      establishment: 'Établissement',
      service: 'Service',
      scores: [
        { column: 'Accueil', label: 'Accueil' },
        { column: 'Propreté', label: 'Propreté' },
      ],
    });
    await importJob(t).drain();

    const done = await report(manager, preview.import.id);
    expect(done).toMatchObject({
      status: 'analysing',
      rowsRead: 13,
      rowsInserted: 5,
      rowsDuplicate: 0,
      rowsRejected: 8,
      bytesRead: done.fileBytes,
      progress: 50,
    });
    expect(done.rejections).toEqual([
      { row: 5, reason: 'missingDate', value: null },
      { row: 6, reason: 'badDate', value: '32/01/2025' },
      { row: 7, reason: 'futureDate', value: '01/01/2099' },
      { row: 8, reason: 'unknownEstablishment', value: 'Clinique inconnue' },
      { row: 9, reason: 'forbiddenEstablishment', value: 'Clinique Sainte-Anne' },
      { row: 10, reason: 'missingText', value: null },
      { row: 11, reason: 'badScore', value: 'Accueil : très bien' },
      { row: 12, reason: 'textTooLong', value: '10001' },
    ]);
    const comments = await commentsOf(t, preview.import.id);
    expect(comments.map(({ dedup_key: _key, ...c }) => c)).toEqual([
      {
        establishment_id: establishmentId,
        received_on: '2025-03-14',
        month: '2025-03-01',
        service: 'Maternité',
        stay_type: '',
        raw_text: 'Très bon accueil.',
        text: '',
        scores: { Accueil: 4.5 },
      },
      expect.objectContaining({
        establishment_id: env.annex.id,
        received_on: '2025-03-15',
        service: 'Urgences',
        scores: { Propreté: 2 },
      }),
      expect.objectContaining({
        establishment_id: env.annex.id,
        received_on: '2025-03-16',
        raw_text: 'RAS',
      }),
      // Scores without a comment still count.
      expect.objectContaining({
        raw_text: '',
        service: 'Pédiatrie',
        scores: { Accueil: 3, Propreté: 4 },
      }),
      expect.objectContaining({ received_on: '2025-03-20', raw_text: 'Date en nombre de série' }),
    ]);
    expect(comments.every((c) => /^row:[0-9a-f]{64}:0$/.test(c.dedup_key))).toBe(true);
    // The file is gone once read.
    expect(existsSync(path.join(t.config.filesDir, 'experience-imports', preview.import.id))).toBe(
      false,
    );
  });

  it('imports a file twice without adding anything, and keeps identical rows of one file', async () => {
    const file = {
      name: 'avis.csv',
      content: csv(
        [
          ['Date', 'Commentaire'],
          ['01/02/2025', 'RAS'],
          ['01/02/2025', 'RAS'],
          ['01/02/2025', 'Personnel  très\r\ngentil'],
        ],
        ',',
      ),
    };
    const mapping = { text: ['Commentaire'], date: 'Date' };
    const first = await uploaded(manager, establishmentId, file);
    await start(manager, first.import.id, mapping);
    await importJob(t).drain();
    expect(await report(manager, first.import.id)).toMatchObject({
      rowsInserted: 3,
      rowsDuplicate: 0,
    });
    expect((await commentsOf(t, first.import.id)).map((c) => c.dedup_key.slice(-2))).toEqual([
      ':0',
      ':1',
      ':0',
    ]);

    // Exported again, with other line endings and spacing: still the same answers.
    const again = await uploaded(manager, establishmentId, {
      name: 'avis.csv',
      content: file.content.replace('Personnel  très\r\ngentil', 'Personnel très\ngentil'),
    });
    await start(manager, again.import.id, mapping);
    await t.app.jobs.drain();
    expect(await report(manager, again.import.id)).toMatchObject({
      status: 'done',
      rowsRead: 3,
      rowsInserted: 0,
      rowsDuplicate: 3,
      progress: 100,
      finishedAt: expect.any(String),
    });
  });

  it('recognises answers by their response identifier within a source', async () => {
    const header = ['Identifiant', 'Date', 'Commentaire'];
    const mapping = { text: ['Commentaire'], date: 'Date', responseId: 'Identifiant' };
    const first = await uploaded(manager, establishmentId, {
      name: 'enquete-interne.csv',
      content: csv([
        header,
        ['A1', '01/04/2025', 'Bien'],
        ['A2', '02/04/2025', 'Moyen'],
        ['A3', '03/04/2025', 'Bof'],
      ]),
    });
    await start(manager, first.import.id, mapping);
    await importJob(t).drain();
    const second = await uploaded(
      manager,
      establishmentId,
      {
        name: 'enquete-interne-maj.csv',
        // A2 corrected since the last export, A4 new, A4 twice in the file.
        content: csv([
          header,
          ['A2', '02/04/2025', 'Moyen, corrigé'],
          ['A3', '03/04/2025', 'Bof'],
          ['A4', '04/04/2025', 'Nouveau'],
          ['A4', '04/04/2025', 'Nouveau'],
        ]),
      },
      { sourceId: first.import.source.id },
    );
    await start(manager, second.import.id, mapping);
    await importJob(t).drain();
    expect(await report(manager, second.import.id)).toMatchObject({
      rowsRead: 4,
      rowsInserted: 1,
      rowsDuplicate: 3,
    });
    expect((await commentsOf(t, second.import.id)).map((c) => c.dedup_key)).toEqual([
      `id:${first.import.source.id}:A4`,
    ]);
  });

  it('reads Excel workbooks: date cells, serial numbers, numbers and rich text', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Réponses');
    sheet.addRow(['Date', 'Unité', 'Verbatim', 'Q1 Satisfaction']);
    sheet.addRow([new Date(Date.UTC(2025, 0, 31)), 'Gériatrie', 'Chambre propre', 8]);
    sheet.addRow([
      45689,
      'Gériatrie',
      { richText: [{ text: 'Repas ' }, { text: 'froids', font: { bold: true } }] },
      3.5,
    ]);
    sheet.addRow(['28/02/2025', 'SSR', 'Kiné au top', '']);
    sheet.getCell('A2').numFmt = 'dd/mm/yyyy';
    workbook.addWorksheet('Autre').addRow(['ignorée']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());

    const preview = await uploaded(manager, establishmentId, { name: 'Réponses.xlsx', content });
    expect(preview.import.format).toBe('xlsx');
    expect(preview.columns).toEqual(['Date', 'Unité', 'Verbatim', 'Q1 Satisfaction']);
    expect(preview.rows).toEqual([
      ['2025-01-31', 'Gériatrie', 'Chambre propre', '8'],
      ['45689', 'Gériatrie', 'Repas froids', '3.5'],
      ['28/02/2025', 'SSR', 'Kiné au top', ''],
    ]);
    expect(preview.suggestedMapping).toMatchObject({
      text: ['Verbatim'],
      date: 'Date',
      service: 'Unité',
      scores: [{ column: 'Q1 Satisfaction', label: 'Q1 Satisfaction' }],
    });
    await start(manager, preview.import.id, preview.suggestedMapping ?? { text: [], date: '' });
    await importJob(t).drain();
    expect(await report(manager, preview.import.id)).toMatchObject({
      rowsInserted: 3,
      rowsRejected: 0,
    });
    expect(
      (await commentsOf(t, preview.import.id)).map((c) => [c.received_on, c.raw_text, c.scores]),
    ).toEqual([
      ['2025-01-31', 'Chambre propre', { 'Q1 Satisfaction': 8 }],
      ['2025-02-01', 'Repas froids', { 'Q1 Satisfaction': 3.5 }],
      ['2025-02-28', 'Kiné au top', {}],
    ]);
  });

  it('reads Windows-1252 (e-Satis) and UTF-8 files with a BOM', async () => {
    // "Très bien, l’équipe a été présente ; cœur" in Windows-1252: ’ is 0x92 and œ 0x9c.
    const latin1 = Buffer.concat([
      Buffer.from('Date\tService\tCommentaire\r\n05/05/2025\tCardiologie\t', 'latin1'),
      Buffer.from('Très bien, l', 'latin1'),
      Buffer.from([0x92]),
      Buffer.from('équipe a été présente ; c', 'latin1'),
      Buffer.from([0x9c]),
      Buffer.from('ur\r\n', 'latin1'),
    ]);
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Date,Commentaire\r\n06/05/2025,"Chambre très calme, merci"\r\n'),
    ]);
    const mapping = { text: ['Commentaire'], date: 'Date' };
    const texts: string[] = [];
    for (const [name, content] of [
      ['export-esatis.txt', latin1],
      ['bom.csv', bom],
    ] as const) {
      const preview = await uploaded(manager, establishmentId, { name, content });
      expect(preview.columns[0]).toBe('Date');
      await start(manager, preview.import.id, mapping);
      await importJob(t).drain();
      texts.push(...(await commentsOf(t, preview.import.id)).map((c) => c.raw_text ?? ''));
    }
    expect(texts).toEqual([
      'Très bien, l’équipe a été présente ; cœur',
      'Chambre très calme, merci',
    ]);
  });
});

describe('experience imports: a file broken past its preview', () => {
  it('fails with a reason the report gives, and its file goes', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `0${(i % 9) + 1}/01/2025;Avis ${i}`);
    const preview = await uploaded(manager, establishmentId, {
      name: 'casse.csv',
      // A quote opened on line 22 and never closed: the rest of the file is one broken cell.
      content: [
        'Date;Commentaire',
        ...lines,
        '10/01/2025;"Guillemet ouvert',
        'et jamais fermé',
      ].join('\n'),
    });
    await start(manager, preview.import.id, { text: ['Commentaire'], date: 'Date' });
    const stored = readdirSync(importDir()).length;
    await importJob(t).drain();
    expect(await report(manager, preview.import.id)).toMatchObject({
      status: 'failed',
      error: 'unreadable',
      finishedAt: expect.any(String),
    });
    expect(readdirSync(importDir())).toHaveLength(stored - 1);
  });
});

describe('experience imports: who may import', () => {
  it('is reserved to the establishment’s managers and administrators', async () => {
    const { representative, otherManager, admin, visitor } = env;
    const file = { name: 'a.csv', content: 'Date;Commentaire\n01/01/2025;Bien\n' };
    const preview = await uploaded(manager, establishmentId, file);
    const id = preview.import.id;
    const list = `${IMPORTS}?establishmentId=${establishmentId}`;

    expect((await uploadFile(visitor, establishmentId, file)).statusCode).toBe(401);
    expect((await visitor.get(list)).statusCode).toBe(401);
    expect((await visitor.get(`${IMPORTS}/${id}`)).statusCode).toBe(401);
    // A user representative reads the comments but does not import them.
    expect((await uploadFile(representative, establishmentId, file)).statusCode).toBe(403);
    expect((await representative.get(list)).statusCode).toBe(403);
    expect((await representative.get(`${IMPORTS}/${id}`)).statusCode).toBe(403);
    expect((await representative.get(`${IMPORTS}/${id}/report`)).statusCode).toBe(403);
    expect(
      (await representative.post(`${IMPORTS}/${id}/start`, { mapping: MAPPING })).statusCode,
    ).toBe(403);
    // Another establishment's manager does not even see that the import exists.
    expect((await uploadFile(otherManager, establishmentId, file)).statusCode).toBe(403);
    expect((await otherManager.get(list)).statusCode).toBe(403);
    expect((await otherManager.get(`${IMPORTS}/${id}`)).statusCode).toBe(404);
    expect((await otherManager.get(`${IMPORTS}/${id}/report`)).statusCode).toBe(404);
    expect((await otherManager.delete(`${IMPORTS}/${id}`)).statusCode).toBe(404);
    expect(
      (await otherManager.get(`/api/experience/sources?establishmentId=${establishmentId}`))
        .statusCode,
    ).toBe(403);

    const page = await admin.get(`${list}&pageSize=2`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number) });
    expect(page.json().items[0]).toMatchObject({ id, fileName: 'a.csv', status: 'uploaded' });
    expect(page.json().total).toBeGreaterThan(5);
    expect((await admin.delete(`${IMPORTS}/${id}`)).statusCode).toBe(204);

    // Nor may a file join another establishment's source.
    const theirs = await uploaded(otherManager, env.other.id, file);
    const borrowed = await uploadFile(manager, establishmentId, file, {
      sourceId: theirs.import.source.id,
    });
    expect(borrowed.statusCode).toBe(400);
    expect(borrowed.json().errors).toEqual([
      {
        path: 'sourceId',
        message:
          'Cette source n’existe pas pour cet établissement : choisissez-en une dans la liste ou nommez-en une nouvelle.',
      },
    ]);
  });
});

describe('experience imports: forgotten uploads', () => {
  it('expire after seven days without a mapping, and their files go', async () => {
    const preview = await uploaded(manager, establishmentId, {
      name: 'oublie.csv',
      content: 'Date;Commentaire\n01/01/2025;Bien\n',
    });
    const stored = path.join(importDir(), readdirSync(importDir()).at(-1) ?? '');
    await importJob(t).drain();
    expect((await report(manager, preview.import.id)).status).toBe('uploaded');
    t.clock.advanceMinutes(8 * 24 * 60);
    await importJob(t).drain();
    // Read from the database: eight days later, the session has expired too.
    const [row] = await t.database.rows<{ status: string; error: string; finished: boolean }>(
      `select status, error, finished_at is not null as finished
       from experience_imports where id = '${preview.import.id}'`,
    );
    expect(row).toEqual({ status: 'failed', error: 'expired', finished: true });
    expect(existsSync(stored)).toBe(false);
  });
});
