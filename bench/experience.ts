// `npm run bench` (part): the patient-experience module at scale.
// 1. Dashboards and drill-down over EXPERIENCE_BENCH_COMMENTS analysed comments (default
//    1,000,000 on PostgreSQL — TEST_DATABASE_URL —, 200,000 on PGlite in memory) spread over
//    200 establishments of one region, 8 services and 18 months, generated in SQL, then the
//    monthly figures computed by the module's own refresher. Timings go through HTTP
//    (app.inject, session cookie, Zod validation and serialisation), after a warm-up, p50/p95.
// 2. Throughput of a real import: a CSV of EXPERIENCE_BENCH_IMPORT rows (default 20,000) of
//    demo-like comments, uploaded, read by the import job, then analysed by the analysis job.
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import { DEFAULT_TAXONOMY } from '../src/analysis/taxonomy';
import { generateDemoComments } from '../src/server/demo/demo-comments';
import { createStatsRefresher } from '../src/server/modules/experience/analysis/stats';
import { makeEstablishment } from '../test/factories/establishments';
import { makeUser } from '../test/factories/users';
import { signedIn } from '../test/support/demo-community';
import { createTestApp } from '../test/support/test-app';
import { usingPostgres } from '../test/support/test-database';
import { timed } from './timed';

const COMMENTS = Number(
  process.env.EXPERIENCE_BENCH_COMMENTS ?? (usingPostgres() ? 1_000_000 : 200_000),
);
const IMPORT_ROWS = Number(process.env.EXPERIENCE_BENCH_IMPORT ?? 20_000);
const ESTABLISHMENTS = 200;
const CHUNK = 100_000;

const PHRASES = [
  'Accueil chaleureux et personnel très gentil',
  'Six heures d’attente aux urgences sur un brancard',
  'Les repas sont froids et sans goût',
  'Le médecin a bien expliqué le traitement',
  'Chambre bruyante la nuit, impossible de dormir',
  'Sortie mal préparée, pas d’ordonnance',
  'Merci à toute l’équipe pour les soins',
  'La douleur a été bien soulagée',
];

async function main() {
  const t = await createTestApp();
  const db = t.database.db;
  const started = performance.now();
  const region = await makeEstablishment(t.database, { name: 'Établissement de référence' });
  await db.execute(sql`
    INSERT INTO establishments (name, finess, sector, department, region)
    SELECT 'Établissement ' || g || ' (banc)', 'B' || lpad(g::text, 8, '0'), 'sanitaire', '44',
      ${region.region}
    FROM generate_series(1, ${ESTABLISHMENTS - 1}) g`);
  await db.execute(sql`
    INSERT INTO experience_sources (establishment_id, kind, name)
    SELECT id, 'file', 'Banc d’essai' FROM establishments`);
  const codes = DEFAULT_TAXONOMY.map((theme) => theme.code);
  const themeArray = `ARRAY[${codes.map((c) => `'${c}'`).join(',')}]`;
  const phraseArray = `ARRAY[${PHRASES.map((p) => `'${p.replaceAll("'", "''")}'`).join(',')}]`;
  for (let from = 0; from < COMMENTS; from += CHUNK) {
    const to = Math.min(COMMENTS, from + CHUNK);
    // Deterministic spread: comment g goes to establishment g % 200, service g % 8, a day of
    // the 18 months, one or two themes and a sentiment derived from g.
    await db.execute(
      sql.raw(`
      WITH e AS (SELECT s.establishment_id, s.id AS source_id,
                        row_number() OVER (ORDER BY s.establishment_id) - 1 AS n
                 FROM experience_sources s)
      INSERT INTO experience_comments (establishment_id, source_id, dedup_key, received_on, month,
        service, text, analysed_at, sentiment, themes, scores)
      SELECT e.establishment_id, e.source_id, 'bench:' || g, d, date_trunc('month', d)::date,
        'Service ' || (g % 8), (${phraseArray})[1 + (g * 7) % 8] || '.', now(),
        (ARRAY['positif','negatif','mixte','neutre'])[1 + (g * 13) % 4],
        CASE WHEN g % 3 = 0 THEN ARRAY[(${themeArray})[1 + (g * 5) % 16]]
             ELSE ARRAY[(${themeArray})[1 + (g * 5) % 16], (${themeArray})[1 + (g * 11 + 3) % 16]] END,
        jsonb_build_object('Score global', 40 + (g * 17) % 60)
      FROM generate_series(${from}, ${to - 1}) g
      JOIN e ON e.n = g % ${ESTABLISHMENTS}
      CROSS JOIN LATERAL (SELECT (DATE '2025-05-01' + ((g * 31) % 548))::date AS d) day`),
    );
    process.stdout.write(`  ${to.toLocaleString('fr-FR')} commentaires insérés\r`);
  }
  const loaded = performance.now();
  await createStatsRefresher(db).refreshAll();
  const refreshed = performance.now();
  if (usingPostgres()) await db.execute(sql`ANALYZE`);
  console.log(
    `\n${COMMENTS.toLocaleString('fr-FR')} commentaires : insertion ${((loaded - started) / 1000).toFixed(1)} s, chiffres mensuels (refreshAll) ${((refreshed - loaded) / 1000).toFixed(1)} s`,
  );

  const manager = await makeUser(t.database, {
    links: [{ establishmentId: region.id, role: 'quality_manager' }],
  });
  const admin = await makeUser(t.database, { platformRole: 'admin' });
  const client = await signedIn(t, manager.email);
  const adminClient = await signedIn(t, admin.email);
  const ok = async (response: Promise<{ statusCode: number; body: string }>) => {
    const r = await response;
    if (r.statusCode !== 200) throw new Error(`${r.statusCode} ${r.body.slice(0, 300)}`);
    return r;
  };
  const e = region.id;
  const cases: [string, () => Promise<unknown>][] = [
    [
      'tableau de bord d’un établissement (12 mois)',
      () =>
        ok(client.get(`/api/experience/dashboard?establishmentId=${e}&from=2025-11&to=2026-10`)),
    ],
    [
      'tableau de bord d’un service',
      () =>
        ok(
          client.get(
            `/api/experience/dashboard?establishmentId=${e}&service=Service%203&from=2025-11&to=2026-10`,
          ),
        ),
    ],
    [
      'tableau de bord de la région (admin)',
      () => ok(adminClient.get('/api/experience/dashboard?from=2025-11&to=2026-10')),
    ],
    ['commentaires, page 1', () => ok(client.get(`/api/experience/comments?establishmentId=${e}`))],
    [
      'commentaires d’un thème et d’une tonalité',
      () =>
        ok(
          client.get(
            `/api/experience/comments?establishmentId=${e}&theme=attente&sentiment=negatif`,
          ),
        ),
    ],
    [
      'commentaires, recherche « repas »',
      () => ok(client.get(`/api/experience/comments?establishmentId=${e}&q=repas`)),
    ],
    [
      'commentaires, page 50',
      () => ok(client.get(`/api/experience/comments?establishmentId=${e}&page=50`)),
    ],
    [
      'export CSV d’un établissement',
      () => ok(client.get(`/api/experience/comments/export?establishmentId=${e}&format=csv`)),
    ],
  ];
  console.log('| appel | p50 | p95 |\n|---|---|---|');
  for (const [name, run] of cases) {
    const { p50, p95 } = await timed(run, name.startsWith('export') ? 10 : 30);
    console.log(`| ${name} | ${p50.toFixed(0)} ms | ${p95.toFixed(0)} ms |`);
  }

  // Import + analysis throughput, through the real routes and jobs.
  const dir = mkdtempSync(path.join(tmpdir(), 'binome-bench-import-'));
  const file = path.join(dir, 'enquete.csv');
  const out = createWriteStream(file);
  out.write('Identifiant;Date de sortie;Service;Commentaire\n');
  const demo = generateDemoComments(
    [
      {
        establishment: 'x',
        services: ['Urgences', 'Médecine', 'Maternité'],
        volume: IMPORT_ROWS,
        positive: 0.6,
      },
    ],
    '2026-10',
  );
  for (const [i, c] of demo.entries()) {
    const [y, m, d] = c.receivedOn.split('-');
    if (!out.write(`${i + 1};${d}/${m}/${y};${c.service};"${c.text.replaceAll('"', '""')}"\n`))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const bytes = statSync(file).size;
  const boundary = '----binomebench';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="establishmentId"\r\n\r\n${e}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="enquete.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    readFileSync(file),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const uploadStart = performance.now();
  const upload = await client.request({
    method: 'POST',
    url: '/api/experience/imports',
    payload: body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  if (upload.statusCode !== 201 && upload.statusCode !== 200)
    throw new Error(`upload ${upload.statusCode} ${upload.body.slice(0, 300)}`);
  const preview = upload.json() as { import: { id: string } };
  const id = preview.import.id;
  const start = await client.post(`/api/experience/imports/${id}/start`, {
    mapping: {
      text: ['Commentaire'],
      date: 'Date de sortie',
      service: 'Service',
      responseId: 'Identifiant',
    },
  });
  if (start.statusCode !== 202) throw new Error(`start ${start.statusCode} ${start.body}`);
  const uploaded = performance.now();
  // The import step runs first, then analysis: time them apart by draining the import alone.
  const jobs = t.app.jobs;
  const importStart = performance.now();
  await jobs.drain();
  const done = performance.now();
  const report = (await client.get(`/api/experience/imports/${id}/report`)).json() as {
    rowsInserted: number;
    status: string;
  };
  const [counted] = await t.database.rows<{ analysed: number }>(
    `SELECT count(*)::int AS analysed FROM experience_comments WHERE import_id = '${id}' AND analysed_at IS NOT NULL`,
  );
  const analysed = counted?.analysed ?? 0;
  const seconds = (done - importStart) / 1000;
  console.log(
    `\nImport : ${IMPORT_ROWS.toLocaleString('fr-FR')} lignes (${(bytes / 1e6).toFixed(1)} Mo), dépôt ${((uploaded - uploadStart) / 1000).toFixed(1)} s, ` +
      `lecture + analyse ${seconds.toFixed(1)} s → ${(report.rowsInserted / seconds).toFixed(0)} commentaires/s de bout en bout ` +
      `(${report.rowsInserted} ajoutés, ${analysed} analysés, statut ${report.status})`,
  );
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `\nMachine : ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} Gio, Node ${process.version}, base ${usingPostgres() ? 'PostgreSQL' : 'PGlite'}`,
  );
  await t.close();
}

await main();
