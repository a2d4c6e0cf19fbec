import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../../test/support/test-app';
import type { PartnershipLevel } from '../../../shared/enums';
import type { Domain, ResultRow, Results } from '../../../shared/schemas/partnership';
import { establishments } from '../../db/schema';
import {
  activeDomains,
  agree,
  BINOMES,
  createWorkshop,
  DOMAINS,
  makePair,
  rateAll,
  register,
  withPartnership,
  type Pair,
} from './partnership.testing';

const RESULTS = '/api/partnership/results';
let t: TestApp;
let pilot: TestClient;
let admin: TestClient;
let observer: TestClient;
let outsider: TestClient;
let workshopId: string;
let domains: Domain[];
const binomeIds: Record<string, string> = {};
let pairs: Record<'s1' | 's2' | 's3' | 'e1' | 'e2' | 'h1', Pair>;

type Agreed = [number, PartnershipLevel, PartnershipLevel];
/** Positions each binôme agrees on: [domain index, current, target]. */
const POSITIONS: Record<keyof typeof pairs, Agreed[]> = {
  s1: [
    [0, 'information', 'collaboration'],
    [1, 'consultation', 'co_construction'],
  ],
  s2: [
    [0, 'consultation', 'co_construction'],
    [1, 'consultation', 'co_construction'],
  ],
  s3: [
    [0, 'collaboration', 'co_construction'],
    [1, 'co_construction', 'co_construction'],
  ],
  e1: [
    [0, 'co_construction', 'collaboration'],
    [1, 'collaboration', 'collaboration'],
    [2, 'collaboration', 'collaboration'],
  ],
  e2: [
    [0, 'co_construction', 'co_construction'],
    [2, 'information', 'consultation'],
  ],
  h1: [[0, 'consultation', 'collaboration']],
};

async function results(client: TestClient, query = '') {
  const response = await client.get(`${RESULTS}${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Results;
}
const row = (r: { rows: ResultRow[] }, index: number) =>
  r.rows.find((x) => x.domainId === domains[index]!.id)!;
const hidden = (index: number, binomes: number) => ({
  domainId: domains[index]!.id,
  domainName: domains[index]!.name,
  binomes,
  shown: false,
  meanCurrent: null,
  meanTarget: null,
  current: null,
  target: null,
});

beforeAll(async () => {
  ({ t, pilot, admin, observer, outsider } = await withPartnership());
  workshopId = (await createWorkshop(pilot, { title: 'Atelier régional 2031' })).id;
  pairs = {
    s1: await makePair(t, { name: 'CH Alpha' }),
    s2: await makePair(t, { name: 'CH Bêta' }),
    s3: await makePair(t, { name: 'CH Gamma' }),
    e1: await makePair(t, { name: 'EHPAD Delta', sector: 'ehpad' }),
    e2: await makePair(t, { name: 'EHPAD Epsilon', sector: 'ehpad' }),
    h1: await makePair(t, { name: 'MAS Êta', sector: 'handicap' }),
  };
  await t.database.db
    .update(establishments)
    .set({ region: 'bretagne' })
    .where(eq(establishments.id, pairs.e2.establishment.id));
  domains = await activeDomains(pilot);
  for (const [key, positions] of Object.entries(POSITIONS)) {
    const pair = pairs[key as keyof typeof pairs];
    const binome = await register(pilot, workshopId, pair);
    binomeIds[key] = binome.id;
    // Individual ratings, all "information": they must never weigh in the results.
    await rateAll(pair.proClient, binome.id, 'information', 'information');
    await rateAll(pair.ruClient, binome.id, 'information', 'information');
    for (const [index, current, target] of positions)
      await agree(pair.proClient, binome.id, domains[index]!.id, current, target);
    if (key === 's1') {
      const story = await pair.ruClient.post(`${BINOMES}/${binome.id}/stories`, {
        title: 'Une RU au CREX',
        story: 'Les analyses d’événements indésirables ont gagné en regard usager.',
        domainId: domains[0]!.id,
      });
      expect(story.statusCode).toBe(201);
    }
  }
  // Another workshop, with one more sanitaire binôme.
  const other = await createWorkshop(pilot, { title: 'Autre atelier', date: '2031-11-05' });
  const extra = await makePair(t, { name: 'CH Zêta' });
  const binome = await register(pilot, other.id, extra);
  await rateAll(extra.proClient, binome.id, 'information', 'information');
  await rateAll(extra.ruClient, binome.id, 'information', 'information');
  await agree(extra.ruClient, binome.id, domains[0]!.id, 'information', 'information');
});
afterAll(() => t.close());

describe('aggregated results', () => {
  it('are for administrators, pilots and observers', async () => {
    for (const client of [admin, pilot, observer])
      expect((await client.get(RESULTS)).statusCode).toBe(200);
    expect((await outsider.get(RESULTS)).statusCode).toBe(403);
    expect((await pairs.s1.proClient.get(RESULTS)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: RESULTS })).statusCode).toBe(401);
  });

  it('average the agreed positions per domain (hand-computed), hiding groups under 3', async () => {
    const r = await results(observer, `?workshopId=${workshopId}`);
    expect(r.minGroup).toBe(3);
    expect(r.binomes).toBe(6);
    expect(row(r, 0)).toEqual({
      domainId: domains[0]!.id,
      domainName: domains[0]!.name,
      binomes: 6,
      shown: true,
      meanCurrent: 2.67, // (1 + 2 + 3 + 4 + 4 + 2) / 6
      meanTarget: 3.5, // (3 + 4 + 4 + 3 + 4 + 3) / 6
      current: { information: 1, consultation: 2, collaboration: 1, co_construction: 2 },
      target: { information: 0, consultation: 0, collaboration: 3, co_construction: 3 },
    });
    // 3 sanitaire binômes (shown per sector) + 1 EHPAD: the whole minus the sanitaire figures
    // would give the EHPAD's own position away, so the whole is hidden too.
    expect(row(r, 1)).toEqual(hidden(1, 4));
    expect(row(r, 2)).toEqual(hidden(2, 2));
    expect(row(r, 3)).toEqual(hidden(3, 0));
    expect(r.rows).toHaveLength(9);
  });

  it('per sector, hide a sector with fewer than 3 binômes', async () => {
    const r = await results(pilot, `?workshopId=${workshopId}`);
    expect(r.bySector.map((s) => [s.sector, s.binomes, s.shown])).toEqual([
      ['sanitaire', 3, true],
      ['ehpad', 2, false],
      ['handicap', 1, false],
      ['ssiad', 0, false],
    ]);
    const sanitaire = r.bySector[0]!;
    expect(row(sanitaire, 0)).toMatchObject({
      binomes: 3,
      meanCurrent: 2, // (1 + 2 + 3) / 3
      meanTarget: 3.67, // (3 + 4 + 4) / 3
    });
    expect(row(sanitaire, 1)).toMatchObject({
      binomes: 3,
      shown: true,
      meanCurrent: 2.67, // (2 + 2 + 4) / 3
      meanTarget: 4,
      current: { information: 0, consultation: 2, collaboration: 0, co_construction: 1 },
    });
    const ehpad = r.bySector[1]!;
    expect(row(ehpad, 0)).toEqual(hidden(0, 2));
    expect(ehpad.rows.every((x) => !x.shown && x.meanCurrent === null && x.current === null)).toBe(
      true,
    );
  });

  it('follow the filters: sector, region, workshop', async () => {
    const ehpad = await results(admin, `?workshopId=${workshopId}&sector=ehpad`);
    expect(ehpad.binomes).toBe(2);
    expect(ehpad.bySector.map((s) => s.sector)).toEqual(['ehpad']);
    expect(row(ehpad, 0)).toEqual(hidden(0, 2));
    const bretagne = await results(admin, '?region=bretagne');
    expect(bretagne.binomes).toBe(1);
    const all = await results(admin);
    expect(all.binomes).toBe(7);
    expect(row(all, 0)).toMatchObject({ binomes: 7, meanCurrent: 2.43 }); // (16 + 1) / 7
    expect((await admin.get(`${RESULTS}?sector=autre`)).statusCode).toBe(400);
  });

  it('never contain individual ratings nor names of people', async () => {
    const r = await results(admin);
    // Every member rated "information" everywhere: no mean of 1 comes from them.
    expect(row(r, 0).meanCurrent).not.toBe(1);
    const text = JSON.stringify(r);
    for (const pair of Object.values(pairs)) {
      expect(text).not.toContain(pair.pro.name);
      expect(text).not.toContain(pair.ru.name);
      expect(text).not.toContain(pair.pro.id);
    }
  });

  it('list the stories, with establishment and workshop but no author', async () => {
    const r = await results(observer, `?workshopId=${workshopId}`);
    expect(r.stories).toEqual([
      {
        id: expect.any(String),
        title: 'Une RU au CREX',
        story: 'Les analyses d’événements indésirables ont gagné en regard usager.',
        domainName: domains[0]!.name,
        establishmentName: 'CH Alpha',
        sector: 'sanitaire',
        workshopTitle: 'Atelier régional 2031',
      },
    ]);
    expect((await results(observer, '?sector=ehpad')).stories).toEqual([]);
  });

  it('list the 20 latest stories and say how many there are', async () => {
    for (let i = 0; i < 20; i++) {
      const story = await pairs.s2.proClient.post(`${BINOMES}/${binomeIds.s2}/stories`, {
        title: `Plus-value ${i}`,
        story: 'Une réunion de plus avec les usagers.',
      });
      expect(story.statusCode).toBe(201);
    }
    const r = await results(observer, `?workshopId=${workshopId}`);
    expect(r.storiesTotal).toBe(21);
    expect(r.stories).toHaveLength(20);
    expect((await results(observer, '?sector=ehpad')).storiesTotal).toBe(0);
  });

  it('download as CSV for the same readers', async () => {
    const csv = await observer.get(`/api/partnership/results.csv?workshopId=${workshopId}`);
    expect(csv.statusCode, csv.body.slice(0, 300)).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.body).toContain(domains[1]!.name);
    expect((await outsider.get('/api/partnership/results.csv')).statusCode).toBe(403);
  });

  it('keep retired domains that have positions, drop those without', async () => {
    for (const index of [2, 8])
      expect(
        (await admin.post(`${DOMAINS}/${domains[index]!.id}/retirement`, { retired: true }))
          .statusCode,
      ).toBe(200);
    const r = await results(admin, `?workshopId=${workshopId}`);
    expect(r.rows.map((x) => x.domainId)).toContain(domains[2]!.id);
    expect(r.rows.map((x) => x.domainId)).not.toContain(domains[8]!.id);
    expect(r.rows).toHaveLength(8);
  });
});
