import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEstablishment } from '../../../../../test/factories/establishments';
import { makeUser } from '../../../../../test/factories/users';
import { signedIn } from '../../../../../test/support/demo-community';
import { createTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app';
import type { Dashboard } from '../../../../shared/schemas/experience';
import { establishments } from '../../../db/schema';
import { insertAnalysedComments, insertComments, type CommentFixture } from './experience.testing';

// Figures checked against hand-computed ones. Establishment A (region Pays de la Loire) has, in
// the period 2025-01 → 2025-03:
//   Jan  U1 Urgences  [attente]          negatif  score 2
//        U2 Urgences  [attente, accueil] mixte    score 4
//        M1 Médecine  [repas]            negatif  score 5
//        M2 Médecine  [relations]        positif  score 7
//   Feb  (nothing)
//   Mar  U3 Urgences  [accueil]          positif  score 6
//        U4 Urgences  []                 (none)   score 8
//        U5 Urgences  [attente]          negatif  score 10
//        M3 Médecine  [relations, soins] positif  score 9
//        M4 Médecine  [repas]            negatif
//        M5 Médecine  [soins]            positif
//        P1–P4 Pédiatrie [relations]     positif  (4 comments: under the minimum group size)
// and in the previous period (2024-10 → 2024-12), in November: 3 × Urgences [attente] negatif,
// 2 × Médecine [repas] positif, 1 × Médecine [] neutre, each with score 5.
// Its region also holds B (5 × Urgences [attente] negatif, January), C (3 × [repas] positif,
// February), D (2 × [] neutre, March); Bretagne holds E (10) and F (5).

const DASHBOARD = '/api/experience/dashboard';
const PERIOD = 'from=2025-01&to=2025-03';
let t: TestApp;
let ids: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', string>;
let ru: TestClient;
let ruOfE: TestClient;
let observer: TestClient;
let admin: TestClient;

const times = (n: number, row: CommentFixture) => Array.from({ length: n }, () => row);
const c = (
  receivedOn: string,
  service: string,
  themes: string[],
  sentiment: string | null,
  score?: number,
): CommentFixture => ({
  receivedOn,
  service,
  themes,
  sentiment,
  text: 'Texte',
  ...(score === undefined ? {} : { scores: { 'Note globale': score } }),
});

async function dashboard(client: TestClient, query: string) {
  const response = await client.get(`${DASHBOARD}?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Dashboard;
}

const SENTIMENT_ORDER = ['positif', 'negatif', 'mixte', 'neutre', 'aucun'];
const counts = (values: Partial<Record<string, number>>) =>
  Object.fromEntries(SENTIMENT_ORDER.map((s) => [s, values[s] ?? 0]));

beforeAll(async () => {
  t = await createTestApp();
  const make = async (name: string) => (await makeEstablishment(t.database, { name })).id;
  ids = {
    a: await make('CH Alpha'),
    b: await make('CH Bravo'),
    c: await make('CH Charlie'),
    d: await make('EHPAD Delta'),
    e: await make('CH Echo'),
    f: await make('CH Foxtrot'),
  };
  for (const id of [ids.e, ids.f])
    await t.database.db
      .update(establishments)
      .set({ region: 'bretagne' })
      .where(eq(establishments.id, id));
  const db = t.database.db;
  await insertAnalysedComments(db, {
    establishmentId: ids.a,
    rows: [
      c('2025-01-05', 'Urgences', ['attente'], 'negatif', 2),
      c('2025-01-06', 'Urgences', ['attente', 'accueil'], 'mixte', 4),
      c('2025-01-07', 'Médecine', ['repas'], 'negatif', 5),
      c('2025-01-31', 'Médecine', ['relations'], 'positif', 7),
      c('2025-03-01', 'Urgences', ['accueil'], 'positif', 6),
      c('2025-03-02', 'Urgences', [], null, 8),
      c('2025-03-03', 'Urgences', ['attente'], 'negatif', 10),
      c('2025-03-04', 'Médecine', ['relations', 'soins'], 'positif', 9),
      c('2025-03-05', 'Médecine', ['repas'], 'negatif'),
      c('2025-03-31', 'Médecine', ['soins'], 'positif'),
      ...times(4, c('2025-03-15', 'Pédiatrie', ['relations'], 'positif')),
      // Previous period.
      ...times(3, c('2024-11-10', 'Urgences', ['attente'], 'negatif', 5)),
      ...times(2, c('2024-11-11', 'Médecine', ['repas'], 'positif', 5)),
      c('2024-11-12', 'Médecine', [], 'neutre', 5),
      // Outside both periods.
      c('2024-09-30', 'Urgences', ['attente'], 'negatif', 1),
      c('2025-04-01', 'Urgences', ['hygiene'], 'negatif', 1),
    ],
  });
  await insertAnalysedComments(db, {
    establishmentId: ids.b,
    rows: times(5, c('2025-01-20', 'Urgences', ['attente'], 'negatif')),
  });
  await insertAnalysedComments(db, {
    establishmentId: ids.c,
    rows: times(3, c('2025-02-20', '', ['repas'], 'positif')),
  });
  await insertAnalysedComments(db, {
    establishmentId: ids.d,
    rows: times(2, c('2025-03-20', '', [], 'neutre')),
  });
  await insertAnalysedComments(db, {
    establishmentId: ids.e,
    rows: times(10, c('2025-02-10', 'Urgences', ['attente'], 'negatif')),
  });
  await insertAnalysedComments(db, {
    establishmentId: ids.f,
    rows: times(5, c('2025-02-11', 'Urgences', ['repas'], 'positif')),
  });
  // Two comments still waiting for the analysis (never drained in this file).
  await insertComments(db, {
    establishmentId: ids.a,
    rows: [
      { text: 'En attente', receivedOn: '2025-03-10', service: 'Urgences' },
      { text: 'En attente', receivedOn: '2025-03-11', service: 'Médecine' },
    ],
  });

  const user = async (options: Parameters<typeof makeUser>[1]) =>
    signedIn(t, (await makeUser(t.database, options)).email);
  ru = await user({ links: [{ establishmentId: ids.a, role: 'user_representative' }] });
  ruOfE = await user({ links: [{ establishmentId: ids.e, role: 'quality_manager' }] });
  observer = await user({ platformRole: 'observer' });
  admin = await user({ platformRole: 'admin' });
});
afterAll(() => t.close());

describe('establishment dashboard', () => {
  it('gives every figure of the period, the previous period and the region', async () => {
    const d = await dashboard(ru, `establishmentId=${ids.a}&${PERIOD}`);
    expect(d.scope).toEqual({
      establishmentId: ids.a,
      establishmentName: 'CH Alpha',
      service: null,
      region: 'pays-de-la-loire',
    });
    expect(d.period).toEqual({ from: '2025-01', to: '2025-03' });
    expect(d.previousPeriod).toEqual({ from: '2024-10', to: '2024-12' });
    expect(d).toMatchObject({ comments: 14, previousComments: 6, pending: 2, suppressed: false });
    expect(d.region).toEqual({ name: 'pays-de-la-loire', establishments: 4, comments: 24 });

    expect(d.sentiments).toEqual([
      {
        sentiment: 'positif',
        comments: 8,
        share: 8 / 14,
        previousShare: 2 / 6,
        regionShare: 11 / 24,
      },
      {
        sentiment: 'negatif',
        comments: 4,
        share: 4 / 14,
        previousShare: 3 / 6,
        regionShare: 9 / 24,
      },
      { sentiment: 'mixte', comments: 1, share: 1 / 14, previousShare: 0, regionShare: 1 / 24 },
      { sentiment: 'neutre', comments: 0, share: 0, previousShare: 1 / 6, regionShare: 2 / 24 },
      { sentiment: 'aucun', comments: 1, share: 1 / 14, previousShare: 0, regionShare: 1 / 24 },
    ]);
    expect(d.themes).toEqual([
      {
        code: 'relations',
        comments: 6,
        share: 6 / 14,
        bySentiment: counts({ positif: 6 }),
        previousShare: 0,
        regionShare: 6 / 24,
      },
      {
        code: 'attente',
        comments: 3,
        share: 3 / 14,
        bySentiment: counts({ negatif: 2, mixte: 1 }),
        previousShare: 3 / 6,
        regionShare: 8 / 24,
      },
      {
        code: 'accueil',
        comments: 2,
        share: 2 / 14,
        bySentiment: counts({ mixte: 1, positif: 1 }),
        previousShare: 0,
        regionShare: 2 / 24,
      },
      {
        code: 'repas',
        comments: 2,
        share: 2 / 14,
        bySentiment: counts({ negatif: 2 }),
        previousShare: 2 / 6,
        regionShare: 5 / 24,
      },
      {
        code: 'soins',
        comments: 2,
        share: 2 / 14,
        bySentiment: counts({ positif: 2 }),
        previousShare: 0,
        regionShare: 2 / 24,
      },
    ]);
    expect(d.months).toEqual([
      { month: '2025-01', comments: 4, bySentiment: counts({ negatif: 2, mixte: 1, positif: 1 }) },
      { month: '2025-02', comments: 0, bySentiment: counts({}) },
      { month: '2025-03', comments: 10, bySentiment: counts({ positif: 7, negatif: 2, aucun: 1 }) },
    ]);
    expect(d.topPositive).toEqual(['relations', 'soins', 'accueil']);
    expect(d.topNegative).toEqual(['attente', 'repas']);
    // Pédiatrie (4 comments) is counted, not named.
    expect(d.services).toEqual([
      { service: 'Médecine', comments: 5 },
      { service: 'Urgences', comments: 5 },
    ]);
    expect(d.otherServices).toBe(4);
    // 8 answers in the period: 2+4+5+7+6+8+10+9 = 51; 6 answers of 5 before.
    expect(d.scores).toEqual([
      { question: 'Note globale', mean: 51 / 8, answers: 8, previousMean: 5 },
    ]);
  });

  it('filters by service, with the region compared on the same service', async () => {
    const d = await dashboard(ru, `establishmentId=${ids.a}&${PERIOD}&service=Urgences`);
    expect(d.scope.service).toBe('Urgences');
    expect(d).toMatchObject({ comments: 5, previousComments: 3, pending: 1, suppressed: false });
    expect(d.themes.map((th) => [th.code, th.comments, th.previousShare])).toEqual([
      ['attente', 3, null], // 3 comments before: too few to compare
      ['accueil', 2, null],
    ]);
    expect(d.months.map((m) => m.comments)).toEqual([2, 0, 3]);
    // Only A and B have an "Urgences" service in the region: no comparison.
    expect(d.region).toBeNull();
    expect(d.themes.every((th) => th.regionShare === null)).toBe(true);
    expect(d.scores).toEqual([
      { question: 'Note globale', mean: 30 / 5, answers: 5, previousMean: null },
    ]);
    // The services stay listed, whatever the filter.
    expect(d.services.map((s) => s.service)).toEqual(['Médecine', 'Urgences']);
  });

  it('withholds the figures of a service under the minimum group size', async () => {
    const d = await dashboard(ru, `establishmentId=${ids.a}&${PERIOD}&service=Pédiatrie`);
    expect(d).toMatchObject({
      comments: 4,
      suppressed: true,
      sentiments: [],
      themes: [],
      months: [],
      topPositive: [],
      topNegative: [],
      scores: [],
      region: null,
    });
    expect(d.otherServices).toBe(4);
  });

  it('hides a score with fewer than 5 answers', async () => {
    const d = await dashboard(ru, `establishmentId=${ids.a}&${PERIOD}&service=Médecine`);
    // Médecine: 3 answers (5, 7, 9) in the period.
    expect(d.comments).toBe(5);
    expect(d.scores).toEqual([]);
  });

  it('does not compare with a region of two establishments', async () => {
    const d = await dashboard(ruOfE, `establishmentId=${ids.e}&${PERIOD}`);
    expect(d.comments).toBe(10);
    expect(d.region).toBeNull();
    expect(d.sentiments.every((s) => s.regionShare === null)).toBe(true);
  });

  it('defaults to the 12 months ending with the latest month with comments', async () => {
    const d = await dashboard(ru, `establishmentId=${ids.a}`);
    expect(d.period).toEqual({ from: '2024-05', to: '2025-04' });
    expect(d.previousPeriod).toEqual({ from: '2023-05', to: '2024-04' });
    expect(d.months).toHaveLength(12);
    // Every comment of A: the period, November, September and April.
    expect(d.comments).toBe(14 + 6 + 1 + 1);
    expect(d.previousComments).toBe(0);
    expect(d.themes.find((th) => th.code === 'attente')!.previousShare).toBeNull();
    const oneEnd = await dashboard(ru, `establishmentId=${ids.a}&to=2025-03`);
    expect(oneEnd.period).toEqual({ from: '2024-04', to: '2025-03' });
  });

  it('rejects a period that ends before it starts or is too long', async () => {
    const reversed = await ru.get(`${DASHBOARD}?establishmentId=${ids.a}&from=2025-03&to=2025-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ errors: [{ path: 'to' }] });
    const long = await ru.get(`${DASHBOARD}?establishmentId=${ids.a}&from=2015-01&to=2025-01`);
    expect(long.statusCode).toBe(400);
    const badMonth = await ru.get(`${DASHBOARD}?establishmentId=${ids.a}&from=2025-13`);
    expect(badMonth.statusCode).toBe(400);
  });
});

describe('regional dashboards', () => {
  it('gives the people of an establishment the figures of their region, without comparison', async () => {
    const d = await dashboard(ru, PERIOD);
    expect(d.scope).toEqual({
      establishmentId: null,
      establishmentName: null,
      service: null,
      region: 'pays-de-la-loire',
    });
    expect(d).toMatchObject({ comments: 24, previousComments: 6, pending: 2, region: null });
    expect(d.themes.find((th) => th.code === 'attente')).toEqual({
      code: 'attente',
      comments: 8,
      share: 8 / 24,
      bySentiment: counts({ negatif: 7, mixte: 1 }),
      previousShare: 3 / 6,
      regionShare: null,
    });
    expect(d.services).toEqual([
      { service: 'Urgences', comments: 10 },
      { service: '', comments: 5 },
      { service: 'Médecine', comments: 5 },
    ]);
    expect(d.otherServices).toBe(4);
  });

  it('gives observers and administrators the whole platform', async () => {
    for (const client of [observer, admin]) {
      const d = await dashboard(client, PERIOD);
      expect(d.scope.region).toBeNull();
      expect(d.comments).toBe(24 + 15);
      expect(d.region).toBeNull();
      expect(d.sentiments.find((s) => s.sentiment === 'negatif')!.comments).toBe(9 + 10);
    }
  });
});
