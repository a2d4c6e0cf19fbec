// `npm run bench` (part): the partnership module at a region's scale over years of workshops.
// A fresh database (PGlite in memory, or a throw-away database on TEST_DATABASE_URL's server)
// gets the demo data, then 20 workshops of 60 binômes (1,200 binômes from 300 establishments),
// each with both members' ratings and an agreed position on the 9 default domains and one
// plus-value. Timings go through the services (no HTTP), after a warm-up, as p50/p95.
import os from 'node:os';
import { isNull } from 'drizzle-orm';
import { PARTNERSHIP_LEVELS, SECTORS } from '../src/shared/enums';
import type { SessionUser } from '../src/shared/schemas/auth';
import {
  establishments,
  partnershipBinomes,
  partnershipDomains,
  partnershipExpectations,
  partnershipPositions,
  partnershipRatings,
  partnershipRatingSubmissions,
  partnershipStories,
  partnershipWorkshops,
  users,
} from '../src/server/db/schema';
import { seedDemo } from '../src/server/demo/seed-demo';
import { createAuditService } from '../src/server/modules/audit/audit.service';
import { renderBinomePdf } from '../src/server/modules/partnership/binome-pdf';
import { createBinomesRepository } from '../src/server/modules/partnership/binomes.repository';
import { createBinomesService } from '../src/server/modules/partnership/binomes.service';
import { createDomainsRepository } from '../src/server/modules/partnership/domains.repository';
import { createResultsRepository } from '../src/server/modules/partnership/results.repository';
import { createResultsService } from '../src/server/modules/partnership/results.service';
import { createWorkshopsRepository } from '../src/server/modules/partnership/workshops.repository';
import { createWorkshopsService } from '../src/server/modules/partnership/workshops.service';
import { systemClock } from '../src/server/lib/clock';
import { createTestDatabase, usingPostgres } from '../test/support/test-database';
import { timed } from './timed';

const WORKSHOPS = 20;
const BINOMES_PER_WORKSHOP = 60;
const ESTABLISHMENTS = 300;

const level = (i: number) => PARTNERSHIP_LEVELS[i % PARTNERSHIP_LEVELS.length]!;
const actor = (id: string, platformRole: SessionUser['platformRole']): SessionUser => ({
  id,
  email: 'bench@binome.test',
  name: 'Bench',
  platformRole,
  language: 'fr',
  establishments: [],
});

async function main() {
  const database = await createTestDatabase();
  const db = database.db;
  await seedDemo(db);
  const domains = await db
    .select({ id: partnershipDomains.id })
    .from(partnershipDomains)
    .where(isNull(partnershipDomains.retiredAt));

  const loadStart = performance.now();
  const places = await db
    .insert(establishments)
    .values(
      Array.from({ length: ESTABLISHMENTS }, (_, i) => ({
        name: `Établissement ${i + 1} (banc)`,
        finess: `B${String(i).padStart(8, '0')}`,
        sector: SECTORS[i % SECTORS.length]!,
        department: '44',
        region: 'pays-de-la-loire',
      })),
    )
    .returning({ id: establishments.id });
  let firstBinome: { id: string; professionalId: string | null } | undefined;
  let firstWorkshop = '';
  for (let w = 0; w < WORKSHOPS; w++) {
    const [workshop] = await db
      .insert(partnershipWorkshops)
      .values({
        title: `Atelier ${w + 1}`,
        startsAt: new Date(Date.UTC(2024, w, 10, 12)),
        endsAt: new Date(Date.UTC(2024, w, 10, 15)),
        mode: 'visio',
        revealedAt: new Date(Date.UTC(2024, w, 10, 13)),
      })
      .returning({ id: partnershipWorkshops.id });
    const people = await db
      .insert(users)
      .values(
        Array.from({ length: BINOMES_PER_WORKSHOP * 2 }, (_, k) => ({
          email: `banc-${w}-${k}@binome.test`,
          name: `Personne ${w}-${k}`,
          passwordHash: 'x',
        })),
      )
      .returning({ id: users.id });
    const binomes = await db
      .insert(partnershipBinomes)
      .values(
        Array.from({ length: BINOMES_PER_WORKSHOP }, (_, k) => ({
          workshopId: workshop!.id,
          establishmentId: places[(w * BINOMES_PER_WORKSHOP + k) % ESTABLISHMENTS]!.id,
          professionalId: people[2 * k]!.id,
          representativeId: people[2 * k + 1]!.id,
        })),
      )
      .returning();
    if (w === 0) {
      firstBinome = binomes[0];
      firstWorkshop = workshop!.id;
    }
    const members = binomes.flatMap((b) => [
      { binomeId: b.id, userId: b.professionalId!, side: 'professional' },
      { binomeId: b.id, userId: b.representativeId!, side: 'representative' },
    ]);
    await db.insert(partnershipExpectations).values(
      members.map((m, i) => ({
        ...m,
        expectations: `Attentes ${i}`,
        preconceptions: `A priori ${i}`,
        submittedAt: new Date(),
      })),
    );
    await db
      .insert(partnershipRatingSubmissions)
      .values(members.map(({ binomeId, userId }) => ({ binomeId, userId })));
    await db.insert(partnershipRatings).values(
      members.flatMap(({ binomeId, userId }, i) =>
        domains.map((d, j) => ({
          binomeId,
          userId,
          domainId: d.id,
          currentLevel: level(i + j),
          targetLevel: level(i + j + 1),
        })),
      ),
    );
    await db.insert(partnershipPositions).values(
      binomes.flatMap((b, i) =>
        domains.map((d, j) => ({
          binomeId: b.id,
          domainId: d.id,
          currentLevel: level(i * 3 + j),
          targetLevel: level(i * 3 + j + 2),
          comment: 'Accord trouvé après discussion.',
        })),
      ),
    );
    await db.insert(partnershipStories).values(
      binomes.map((b, i) => ({
        binomeId: b.id,
        title: `Plus-value ${i}`,
        story: 'Le représentant des usagers a rejoint la cellule de gestion des risques.',
      })),
    );
  }
  const loadSeconds = (performance.now() - loadStart) / 1000;
  if (!firstBinome?.professionalId) throw new Error('no binôme');

  const domainsRepo = createDomainsRepository(db);
  const results = createResultsService({ repo: createResultsRepository(db) });
  const workshops = createWorkshopsService({
    repo: createWorkshopsRepository(db),
    domains: domainsRepo,
    audit: createAuditService({ db }),
    clock: systemClock,
  });
  const binomes = createBinomesService({
    repo: createBinomesRepository(db),
    domains: domainsRepo,
    clock: systemClock,
  });
  const observer = actor(firstBinome.professionalId, 'observer');
  const pilot = actor(firstBinome.professionalId, 'pilot');
  const member = actor(firstBinome.professionalId, 'member');

  const rows = [
    ['results, whole region', await timed(() => results.results(observer, {}))],
    ['results, one sector', await timed(() => results.results(observer, { sector: 'ehpad' }))],
    [
      'results, one workshop',
      await timed(() => results.results(observer, { workshopId: firstWorkshop })),
    ],
    [
      'facilitator view (60 binômes)',
      await timed(() => workshops.facilitation(pilot, firstWorkshop)),
    ],
    ['binôme space', await timed(() => binomes.detail(member, firstBinome.id))],
  ] as const;
  const detail = await binomes.detail(member, firstBinome.id);
  const history = await binomes.history(member, firstBinome.id);
  const pdf = await timed(() => renderBinomePdf(detail, history, 'fr'));
  await database.close();

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
  const binomeCount = WORKSHOPS * BINOMES_PER_WORKSHOP;
  console.log(`Database: ${usingPostgres() ? 'PostgreSQL' : 'PGlite (memory)'} — ${machine}`);
  console.log(
    `Loaded ${WORKSHOPS} workshops, ${binomeCount} binômes, ${binomeCount * domains.length} positions, ${binomeCount * 2 * domains.length} ratings in ${loadSeconds.toFixed(1)} s`,
  );
  console.log('| call | p50 ms | p95 ms |\n|---|---|---|');
  for (const [name, r] of rows)
    console.log(`| ${name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
  console.log(
    `One-page binôme PDF: p50 ${pdf.p50.toFixed(1)} ms, p95 ${pdf.p95.toFixed(1)} ms, ${(pdf.last.length / 1024).toFixed(1)} KiB`,
  );
  console.log(
    JSON.stringify({
      database: usingPostgres() ? 'postgres' : 'pglite',
      resultsP95Ms: Number(rows[0][1].p95.toFixed(1)),
      pdfP50Ms: Number(pdf.p50.toFixed(1)),
    }),
  );
}

await main();
