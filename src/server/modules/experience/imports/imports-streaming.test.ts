import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import type { TestApp, TestClient } from '../../../../../test/support/test-app';
import { csv, importJob, report, start, uploaded, withImports } from './imports.testing';

// Large files stream: 100,000 rows import without the file, or its rows, ever being in memory.
// And an import a stopped process left half done is read again, every row ending up once.

const ROWS = 100_000;
let t: TestApp;
let manager: TestClient;
let establishmentId: string;
const dir = mkdtempSync(path.join(tmpdir(), 'binome-import-'));

beforeAll(async () => {
  const env = await withImports();
  ({ t, manager } = env);
  establishmentId = env.establishment.id;
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

// `--expose-gc` at run time: the live heap is what a forced collection leaves.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heap = () => process.memoryUsage().heapUsed;
const MB = 1024 * 1024;

const SERVICES = ['Cardiologie', 'Urgences', 'Maternité', 'Gériatrie', 'Pédiatrie', 'Chirurgie'];
const PHRASES = [
  'Accueil chaleureux et personnel très disponible',
  'Attente beaucoup trop longue aux urgences',
  'Repas froids et peu variés',
  'Chambre propre, calme et lumineuse',
  'Sortie mal préparée, ordonnance reçue en retard',
  'Médecins à l’écoute, explications claires',
];

/** Writes the CSV line by line (with back-pressure), never building it in memory. */
async function writeLargeCsv(file: string) {
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('Date;Service;Commentaire;Note\r\n');
  for (let i = 0; i < ROWS; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const text = `${PHRASES[i % 6]}. ${PHRASES[(i * 7) % 6]}. Merci à toute l’équipe (réponse ${i}).`;
    await write(`${day}/${month}/2024;${SERVICES[i % 6]};${text};${i % 5}\r\n`);
  }
  out.end();
  await once(out, 'finish');
}

describe('experience imports at scale', () => {
  // First: its drain analyses every pending comment, which the 100,000 rows would make long.
  it('reads again an import a stopped process left half done: every row once', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => [
      `${(i % 28) + 1}/01/2025`,
      i % 100 === 0 ? 'RAS' : `Commentaire numéro ${i}`,
    ]);
    const preview = await uploaded(manager, establishmentId, {
      name: 'reprise.csv',
      content: csv([['Date', 'Commentaire'], ...rows]),
    });
    const id = preview.import.id;
    await start(manager, id, { text: ['Commentaire'], date: 'Date' });

    // A process reads two batches, then stops: the database says 'importing', half is in.
    await importJob(t, { batchSize: 250, batchesPerStep: 2 }).step();
    expect(await report(manager, id)).toMatchObject({ status: 'importing', rowsInserted: 500 });

    // A new process on the same database and files takes it from the beginning.
    const next = await buildApp({
      config: t.config,
      database: t.database,
      clock: t.clock,
      logger: false,
    });
    try {
      await next.ready();
      await next.jobs.drain();
    } finally {
      await next.close();
    }
    expect(await report(manager, id)).toMatchObject({
      status: 'done',
      rowsRead: 1_200,
      rowsInserted: 1_200,
      rowsDuplicate: 0,
      rowsAnalysed: 1_200,
      progress: 100,
    });
    const [stored] = await t.database.rows<{ n: number; keys: number }>(
      `select count(*)::int as n, count(distinct dedup_key)::int as keys
       from experience_comments where import_id = '${id}'`,
    );
    expect(stored).toEqual({ n: 1_200, keys: 1_200 });
  }, 120_000);

  it('streams a 100,000-row file into the database within a bounded heap', async () => {
    const file = path.join(dir, 'esatis-100k.csv');
    await writeLargeCsv(file);
    const bytes = statSync(file).size;
    expect(bytes).toBeGreaterThan(9 * MB);

    const preview = await uploaded(manager, establishmentId, {
      name: 'esatis-100k.csv',
      path: file,
    });
    expect(preview.rows).toHaveLength(10);
    const id = preview.import.id;
    await start(manager, id, {
      text: ['Commentaire'],
      date: 'Date',
      service: 'Service',
      scores: [{ column: 'Note', label: 'Note' }],
    });

    // The import job alone (the analysis of 100,000 comments is another test's business).
    const job = importJob(t, { batchesPerStep: 1 });
    gc();
    const before = heap();
    let peak = 0;
    let livePeak = 0;
    const started = performance.now();
    for (let batch = 1; await job.step(); batch++) {
      peak = Math.max(peak, heap() - before);
      if (batch % 20 === 0) {
        gc();
        livePeak = Math.max(livePeak, heap() - before);
      }
    }
    const seconds = (performance.now() - started) / 1000;

    const done = await report(manager, id);
    expect(done).toMatchObject({
      status: 'analysing',
      rowsRead: ROWS,
      rowsInserted: ROWS,
      rowsRejected: 0,
      rowsDuplicate: 0,
      bytesRead: bytes,
    });
    const [stored] = await t.database.rows<{ n: number; keys: number }>(
      `select count(*)::int as n, count(distinct dedup_key)::int as keys
         from experience_comments where import_id = '${id}'`,
    );
    expect(stored).toEqual({ n: ROWS, keys: ROWS });

    // What holding the parsed rows would cost (the file in memory, then its rows as arrays).
    gc();
    const baseline = heap();
    const rows = parse(await readFile(file, 'utf8'), { delimiter: ';' }) as string[][];
    gc();
    const inMemory = heap() - baseline;
    expect(rows).toHaveLength(ROWS + 1);

    const figures = {
      fileMB: +(bytes / MB).toFixed(1),
      seconds: +seconds.toFixed(1),
      rowsPerSecond: Math.round(ROWS / seconds),
      heapPeakMB: +(peak / MB).toFixed(1),
      liveHeapPeakMB: +(livePeak / MB).toFixed(1),
      parsedRowsInMemoryMB: +(inMemory / MB).toFixed(1),
    };
    console.info('100k-row import', JSON.stringify(figures));
    // Garbage included, the heap never grew by 80 MB; what stays alive is a fraction of the
    // parsed rows (the per-file map of identical rows, a few MB).
    expect(peak).toBeLessThan(80 * MB);
    expect(livePeak).toBeLessThan(inMemory / 4);
  }, 180_000);
});
