import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../../test/factories/users';
import { checkMatrix, type MatrixRule } from '../../../../../test/support/authorization-matrix';
import { signedIn } from '../../../../../test/support/demo-community';
import { createTestApp, TestClient, type TestApp } from '../../../../../test/support/test-app';
import type { Kiosk } from '../../../../shared/schemas/experience/kiosk';
import { experienceSources } from '../../../db/schema';
import { answer, createKiosk, KIOSKS, kioskUrl, makeKioskTeam, postAnswer } from './kiosk.testing';

// Managing kiosks: the establishment's quality managers and administrators create them, give
// them a new address and retire them; nobody else sees their secret addresses.

type Actor =
  | 'anonymous'
  | 'admin'
  | 'pilot'
  | 'observer'
  | 'member'
  | 'manager'
  | 'representative'
  | 'otherManager';
const ACTORS: Actor[] = [
  'anonymous',
  'admin',
  'pilot',
  'observer',
  'member',
  'manager',
  'representative',
  'otherManager',
];

let t: TestApp;
let team: Awaited<ReturnType<typeof makeKioskTeam>>;
let admin: TestClient;
const clients = new Map<Actor, TestClient>();

beforeAll(async () => {
  t = await createTestApp();
  clients.set('anonymous', new TestClient(t.app));
  for (const role of ['admin', 'pilot', 'observer', 'member'] as const)
    clients.set(
      role,
      await signedIn(t, (await makeUser(t.database, { platformRole: role })).email),
    );
  admin = clients.get('admin')!;
  team = await makeKioskTeam(t);
  const other = await makeKioskTeam(t, 'Centre hospitalier de Nulle-Part');
  clients.set('manager', team.managerClient);
  clients.set('representative', team.representativeClient);
  clients.set('otherManager', other.managerClient);
});
afterAll(() => t.close());

const auditActions = async () =>
  (
    (await admin.get('/api/admin/audit?pageSize=100')).json() as { items: { action: string }[] }
  ).items.map((e) => e.action);

describe('who may manage kiosks', () => {
  const managers = { anonymous: 401, admin: 200, manager: 200 };
  const freshKiosk = async () => (await createKiosk(admin, team.establishment.id)).id;
  const rules: MatrixRule<Actor>[] = [
    {
      name: 'lists the establishment’s kiosks',
      call: (c) => c.get(`${KIOSKS}?establishmentId=${team.establishment.id}`),
      expect: managers,
      otherwise: 403,
    },
    {
      name: 'creates a kiosk',
      call: (c) => c.post(KIOSKS, { establishmentId: team.establishment.id, name: 'Borne' }),
      expect: { anonymous: 401, admin: 201, manager: 201 },
      otherwise: 403,
    },
    {
      name: 'gives a kiosk a new address',
      call: async (c) => c.post(`${KIOSKS}/${await freshKiosk()}/token`),
      expect: managers,
      otherwise: 403,
    },
    {
      name: 'retires a kiosk',
      call: async (c) => c.delete(`${KIOSKS}/${await freshKiosk()}`),
      expect: { anonymous: 401, admin: 204, manager: 204 },
      otherwise: 403,
    },
  ];
  checkMatrix(ACTORS, clients, rules);
});

describe('managing kiosks', () => {
  it('creates a kiosk with a long random address and lists it with its answers', async () => {
    const kiosk = await createKiosk(team.managerClient, team.establishment.id, {
      name: '  Tablette de l’accueil  ',
      service: 'Accueil de jour',
    });
    expect(kiosk).toMatchObject({
      establishmentId: team.establishment.id,
      name: 'Tablette de l’accueil',
      service: 'Accueil de jour',
      answers: 0,
      lastAnswerAt: null,
    });
    expect(kiosk.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const [source] = await t.database.db
      .select()
      .from(experienceSources)
      .where(eq(experienceSources.id, kiosk.id));
    expect(source).toMatchObject({ kind: 'kiosk', kioskToken: kiosk.token, retiredAt: null });

    expect((await postAnswer(t.app, kiosk.token, answer())).statusCode).toBe(201);
    expect((await postAnswer(t.app, kiosk.token, answer())).statusCode).toBe(201);
    const list = (
      await team.managerClient.get(`${KIOSKS}?establishmentId=${team.establishment.id}`)
    ).json() as Kiosk[];
    const listed = list.find((k) => k.id === kiosk.id);
    expect(listed?.answers).toBe(2);
    expect(Date.now() - Date.parse(listed?.lastAnswerAt ?? '')).toBeLessThan(60_000);
    expect(await auditActions()).toContain('experience.kiosk_create');
  });

  it('rejects a kiosk without a name or with too long a text', async () => {
    const response = await team.managerClient.post(KIOSKS, {
      establishmentId: team.establishment.id,
      name: '   ',
      service: 'x'.repeat(121),
    });
    expect(response.statusCode).toBe(400);
    const paths = (response.json() as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths.sort()).toEqual(['name', 'service']);
  });

  it('gives a kiosk a new address: the old one stops working, the answers stay', async () => {
    const kiosk = await createKiosk(team.managerClient, team.establishment.id);
    expect((await postAnswer(t.app, kiosk.token, answer())).statusCode).toBe(201);
    const renewed = await team.managerClient.post(`${KIOSKS}/${kiosk.id}/token`);
    expect(renewed.statusCode).toBe(200);
    const next = renewed.json() as Kiosk;
    expect(next).toMatchObject({ id: kiosk.id, answers: 1 });
    expect(next.token).not.toBe(kiosk.token);

    expect((await t.app.inject({ url: kioskUrl(kiosk.token) })).statusCode).toBe(404);
    expect((await postAnswer(t.app, kiosk.token, answer())).statusCode).toBe(404);
    expect((await t.app.inject({ url: kioskUrl(next.token) })).statusCode).toBe(200);
    expect((await postAnswer(t.app, next.token, answer())).statusCode).toBe(201);
    expect(await auditActions()).toContain('experience.kiosk_new_address');
  });

  it('retires a kiosk: gone from the list and its address, its answers kept', async () => {
    const kiosk = await createKiosk(team.managerClient, team.establishment.id);
    expect((await postAnswer(t.app, kiosk.token, answer())).statusCode).toBe(201);
    expect((await team.managerClient.delete(`${KIOSKS}/${kiosk.id}`)).statusCode).toBe(204);

    const list = (
      await team.managerClient.get(`${KIOSKS}?establishmentId=${team.establishment.id}`)
    ).json() as Kiosk[];
    expect(list.map((k) => k.id)).not.toContain(kiosk.id);
    expect((await t.app.inject({ url: kioskUrl(kiosk.token) })).statusCode).toBe(404);
    expect((await postAnswer(t.app, kiosk.token, answer())).statusCode).toBe(404);
    const rows = await t.database.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM experience_comments WHERE source_id = '${kiosk.id}'`,
    );
    expect(rows[0]?.n).toBe(1);
    // Already retired: nothing left to retire or renew.
    expect((await team.managerClient.delete(`${KIOSKS}/${kiosk.id}`)).statusCode).toBe(404);
    expect((await team.managerClient.post(`${KIOSKS}/${kiosk.id}/token`)).statusCode).toBe(404);
    expect(await auditActions()).toContain('experience.kiosk_retire');
  });

  it('answers 404 for an unknown kiosk and for an establishment that does not exist', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await admin.post(`${KIOSKS}/${unknown}/token`)).statusCode).toBe(404);
    expect((await admin.delete(`${KIOSKS}/${unknown}`)).statusCode).toBe(404);
    expect((await admin.post(KIOSKS, { establishmentId: unknown, name: 'Borne' })).statusCode).toBe(
      404,
    );
  });
});
