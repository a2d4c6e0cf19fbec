// `npm run bench` (part): full-text search over a large community and the page's PDF export.
// A fresh database (PGlite in memory, or a throw-away database on TEST_DATABASE_URL's server)
// gets the demo data, then a community's worth of years of discussion: 2,000 questions with
// 10 replies each and 500 experience reports, their texts taken from the French comment corpus.
// Timings go through the services (no HTTP), after a warm-up, as p50/p95 over repeated runs.
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { parseCsv } from '../src/analysis/dataset';
import {
  communities,
  communityPosts,
  communityReports,
  communityThreads,
  users,
} from '../src/server/db/schema';
import { DEMO_COMMUNITY_SLUG } from '../src/server/demo/demo-community';
import { seedDemo } from '../src/server/demo/seed-demo';
import { createCommunitiesRepository } from '../src/server/modules/communities/communities.repository';
import { createCommunitiesService } from '../src/server/modules/communities/communities.service';
import { renderCommunityPdf } from '../src/server/modules/communities/community-pdf';
import { createAuditService } from '../src/server/modules/audit/audit.service';
import { createSearchRepository } from '../src/server/modules/search/search.repository';
import { createSearchService } from '../src/server/modules/search/search.service';
import type { SessionUser } from '../src/shared/schemas/auth';
import { createTestDatabase, usingPostgres } from '../test/support/test-database';
import { timed } from './timed';

const THREADS = 2_000;
const REPLIES_PER_THREAD = 10;
const REPORTS = 500;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.join(root, 'src/analysis/corpus/fr');
const texts = readdirSync(corpusDir)
  .filter((f) => f.startsWith('train-') && f.endsWith('.csv'))
  .flatMap((f) => parseCsv(readFileSync(path.join(corpusDir, f))).map((row) => row.text ?? ''))
  .filter((text) => text.length > 20);
const text = (i: number) => texts[i % texts.length] ?? '';

async function main() {
  const database = await createTestDatabase();
  const db = database.db;
  await seedDemo(db);
  const [community] = await db
    .select({ id: communities.id })
    .from(communities)
    .where(eq(communities.slug, DEMO_COMMUNITY_SLUG));
  const [member] = await db.select().from(users).where(eq(users.email, 'membre@demo.binome.fr'));
  if (!community || !member) throw new Error('demo data missing');

  const loadStart = performance.now();
  for (let start = 0; start < THREADS; start += 200) {
    const threads = await db
      .insert(communityThreads)
      .values(
        Array.from({ length: Math.min(200, THREADS - start) }, (_, k) => ({
          communityId: community.id,
          authorId: member.id,
          title: text(start + k).slice(0, 120),
          body: text(start + k + 7),
        })),
      )
      .returning({ id: communityThreads.id });
    await db.insert(communityPosts).values(
      threads.flatMap((thread, k) =>
        Array.from({ length: REPLIES_PER_THREAD }, (_, r) => ({
          threadId: thread.id,
          authorId: member.id,
          body: text((start + k) * REPLIES_PER_THREAD + r + 13),
        })),
      ),
    );
  }
  await db.insert(communityReports).values(
    Array.from({ length: REPORTS }, (_, i) => ({
      communityId: community.id,
      authorId: member.id,
      establishmentName: `Établissement ${i + 1} (démo)`,
      sector: 'sanitaire',
      theme: 'experience_patient',
      title: text(i + 101).slice(0, 120),
      whatWasDone: text(i + 202),
      results: text(i + 303),
      partnershipLevel: 'consultation',
      visibility: i % 2 === 0 ? 'public' : 'community',
    })),
  );
  const loadSeconds = (performance.now() - loadStart) / 1000;

  const search = createSearchService({ repo: createSearchRepository(db) });
  const actor = { ...member, platformRole: 'member' } as unknown as SessionUser;
  const queries = ['attente', 'usagers', '"prise en charge"', 'repas froid', 'personnel -urgences'];
  const rows: { who: string; q: string; p50: number; p95: number; total: number }[] = [];
  for (const [who, viewer] of [
    ['member', actor],
    ['visitor', null],
  ] as const) {
    for (const q of queries) {
      const { p50, p95, last } = await timed(() =>
        search.search(viewer, { q, page: 1, pageSize: 20 }),
      );
      rows.push({ who, q, p50, p95, total: last.total });
    }
  }

  const communitiesService = createCommunitiesService({
    repo: createCommunitiesRepository(db),
    audit: createAuditService({ db }),
    hasPendingRequest: async () => false,
  });
  const page = await communitiesService.get(actor, DEMO_COMMUNITY_SLUG);
  const pdf = await timed(() =>
    renderCommunityPdf(page, {
      language: 'fr',
      pageUrl: `http://localhost:3000/communautes/${DEMO_COMMUNITY_SLUG}`,
      generatedAt: new Date(),
    }),
  );
  await database.close();

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
  console.log(`Database: ${usingPostgres() ? 'PostgreSQL' : 'PGlite (memory)'} — ${machine}`);
  console.log(
    `Loaded ${THREADS} questions, ${THREADS * REPLIES_PER_THREAD} replies, ${REPORTS} reports in ${loadSeconds.toFixed(1)} s`,
  );
  console.log('| reader | query | hits | p50 ms | p95 ms |\n|---|---|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.who} | ${r.q} | ${r.total} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
  console.log(
    `PDF of the demo page: p50 ${pdf.p50.toFixed(1)} ms, p95 ${pdf.p95.toFixed(1)} ms, ${(pdf.last.length / 1024).toFixed(1)} KiB`,
  );
  const worst = Math.max(...rows.map((r) => r.p95));
  console.log(
    JSON.stringify({
      database: usingPostgres() ? 'postgres' : 'pglite',
      searchP95MaxMs: Number(worst.toFixed(1)),
      pdfP50Ms: Number(pdf.p50.toFixed(1)),
    }),
  );
}

await main();
