import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../../test/support/test-app';
import { PARTNERSHIP_DOMAINS } from '../../../shared/enums';
import type { BinomeDetail, Domain } from '../../../shared/schemas/partnership';
import {
  BINOMES,
  createWorkshop,
  DOMAINS,
  fieldPaths,
  makePair,
  problemCode,
  rateAll,
  register,
  withPartnership,
  type Pair,
} from './partnership.testing';

let t: TestApp;
let pilot: TestClient;
let admin: TestClient;
let a: Pair;

const list = async (client: TestClient, query = '') => {
  const response = await client.get(`${DOMAINS}${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as Domain[];
};

beforeAll(async () => {
  ({ t, pilot, admin } = await withPartnership());
  a = await makePair(t);
});
afterAll(() => t.close());

describe('partnership domains', () => {
  it('start with the nine default domains, in order', async () => {
    const domains = await list(a.ruClient);
    expect(domains.map((d) => d.code)).toEqual([...PARTNERSHIP_DOMAINS]);
    expect(domains[0]).toMatchObject({
      name: 'Événements indésirables et cellule de gestion des risques',
      position: 1,
      retiredAt: null,
      usage: 0,
    });
    expect((await t.app.inject({ method: 'GET', url: DOMAINS })).statusCode).toBe(401);
  });

  it('are added and renamed by administrators, with unique names', async () => {
    const created = await admin.post(DOMAINS, {
      name: 'Bientraitance',
      description: 'Démarche de bientraitance et éthique.',
      position: 10,
    });
    expect(created.statusCode).toBe(201);
    const domain = created.json() as Domain;
    expect(domain).toMatchObject({ code: null, name: 'Bientraitance', position: 10, usage: 0 });
    expect((await list(a.proClient)).at(-1)?.name).toBe('Bientraitance');

    const duplicate = await admin.post(DOMAINS, { name: 'formation des PROFESSIONNELS' });
    expect(duplicate.statusCode).toBe(409);
    expect(problemCode(duplicate)).toBe('domainNameTaken');
    expect(fieldPaths(duplicate)).toEqual(['name']);
    expect((await pilot.post(DOMAINS, { name: 'Autre' })).statusCode).toBe(403);

    const renamed = await admin.put(`${DOMAINS}/${domain.id}`, {
      name: 'Bientraitance et éthique',
      description: '',
      position: 10,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Bientraitance et éthique', description: '' });
    // Its own name, with another case, is fine; another domain's name is not.
    const recased = await admin.put(`${DOMAINS}/${domain.id}`, {
      name: 'BIENTRAITANCE ET ÉTHIQUE',
    });
    expect(recased.statusCode).toBe(200);
    const taken = await admin.put(`${DOMAINS}/${domain.id}`, { name: 'Instances (CDU, CVS)' });
    expect(problemCode(taken)).toBe('domainNameTaken');
    expect((await pilot.put(`${DOMAINS}/${domain.id}`, { name: 'x' })).statusCode).toBe(403);
    expect((await admin.put(`${DOMAINS}/${crypto.randomUUID()}`, { name: 'x' })).statusCode).toBe(
      404,
    );
    const audit = (await admin.get('/api/admin/audit?pageSize=100')).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['partnership.domain_created', 'partnership.domain_updated']),
    );
  });

  it('once retired, are no longer offered but stay in the binômes that used them', async () => {
    const old = await register(pilot, (await createWorkshop(pilot, { date: '2030-01-15' })).id, a);
    await rateAll(a.proClient, old.id, 'consultation', 'collaboration');
    const target = (await list(admin)).find((d) => d.code === 'formation')!;
    expect(target.usage).toBe(1);

    const retired = await admin.post(`${DOMAINS}/${target.id}/retirement`, { retired: true });
    expect(retired.statusCode).toBe(200);
    expect(retired.json().retiredAt).not.toBeNull();
    expect(
      (await pilot.post(`${DOMAINS}/${target.id}/retirement`, { retired: false })).statusCode,
    ).toBe(403);

    expect((await list(a.proClient)).map((d) => d.id)).not.toContain(target.id);
    // Only administrators list retired domains.
    expect((await list(pilot, '?includeRetired=true')).map((d) => d.id)).not.toContain(target.id);
    expect((await list(admin, '?includeRetired=true')).map((d) => d.id)).toContain(target.id);

    const oldSpace = (await a.proClient.get(`${BINOMES}/${old.id}`)).json() as BinomeDetail;
    expect(oldSpace.domains.find((d) => d.id === target.id)?.retiredAt).not.toBeNull();
    expect(oldSpace.myRatings.map((r) => r.domainId)).toContain(target.id);

    const fresh = await register(pilot, (await createWorkshop(pilot)).id, a);
    const freshSpace = (await a.proClient.get(`${BINOMES}/${fresh.id}`)).json() as BinomeDetail;
    expect(freshSpace.domains.map((d) => d.id)).not.toContain(target.id);
    expect(freshSpace.domains).toHaveLength(9); // 8 defaults left + Bientraitance
    const rated = await a.proClient.put(`${BINOMES}/${fresh.id}/ratings`, {
      ratings: [{ domainId: target.id, current: 'information', target: 'information' }],
    });
    expect(rated.statusCode).toBe(400);
    expect(fieldPaths(rated)).toEqual(['ratings.0.domainId']);
    // Handing in needs the active domains only.
    expect(
      (await rateAll(a.proClient, fresh.id, 'information', 'consultation')).myRatings,
    ).toHaveLength(9);

    const restored = await admin.post(`${DOMAINS}/${target.id}/retirement`, { retired: false });
    expect(restored.json().retiredAt).toBeNull();
    expect((await list(a.proClient)).map((d) => d.id)).toContain(target.id);
    const audit = (await admin.get('/api/admin/audit?pageSize=100')).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['partnership.domain_retired', 'partnership.domain_restored']),
    );
  });
});
