import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from './support/test-app';
import { makeEstablishment, validFiness } from './factories/establishments';
import { makeUser, TEST_PASSWORD } from './factories/users';
import { checkMatrix, type MatrixRule } from './support/authorization-matrix';

// For each role, what it can and cannot read or change. Establishment A's members are its
// restricted data: only admins and A's own people reach them.

type Actor =
  | 'anonymous'
  | 'admin'
  | 'pilot'
  | 'member'
  | 'observer'
  | 'qualityA'
  | 'representativeA'
  | 'qualityB';
const ACTORS: Actor[] = [
  'anonymous',
  'admin',
  'pilot',
  'member',
  'observer',
  'qualityA',
  'representativeA',
  'qualityB',
];

let t: TestApp;
const clients = new Map<Actor, TestClient>();
let establishmentA = '';
let establishmentB = '';
let someUserId = '';

beforeAll(async () => {
  t = await createTestApp();
  establishmentA = (await makeEstablishment(t.database, { name: 'Hôpital A' })).id;
  establishmentB = (await makeEstablishment(t.database, { name: 'EHPAD B', sector: 'ehpad' })).id;
  const accounts: Record<Exclude<Actor, 'anonymous'>, Parameters<typeof makeUser>[1]> = {
    admin: { platformRole: 'admin' },
    pilot: { platformRole: 'pilot' },
    member: { platformRole: 'member' },
    observer: { platformRole: 'observer' },
    qualityA: { links: [{ establishmentId: establishmentA, role: 'quality_manager' }] },
    representativeA: { links: [{ establishmentId: establishmentA, role: 'user_representative' }] },
    qualityB: { links: [{ establishmentId: establishmentB, role: 'quality_manager' }] },
  };
  clients.set('anonymous', new TestClient(t.app));
  for (const [actor, overrides] of Object.entries(accounts)) {
    const user = await makeUser(t.database, overrides);
    someUserId = user.id;
    const client = new TestClient(t.app);
    expect((await client.login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    clients.set(actor as Actor, client);
  }
});
afterAll(() => t.close());

type Rule = MatrixRule<Actor>;

const newEstablishment = () => ({
  name: 'Nouveau',
  finess: validFiness('49'),
  sector: 'handicap',
  department: '49',
  region: 'pays-de-la-loire',
});
let invitationCounter = 0;
const inviteToA = () => ({
  email: `invite-${(invitationCounter += 1)}@test.binome.fr`,
  platformRole: 'member',
  establishmentId: establishmentA,
  establishmentRole: 'user_representative',
});

const RULES: Rule[] = [
  {
    name: 'GET /api/me',
    call: (c) => c.get('/api/me'),
    expect: { anonymous: 401 },
    otherwise: 200,
  },
  {
    name: 'GET /api/establishments',
    call: (c) => c.get('/api/establishments'),
    expect: { anonymous: 401 },
    otherwise: 200,
  },
  {
    name: 'GET /api/establishments/:A',
    call: (c) => c.get(`/api/establishments/${establishmentA}`),
    expect: { anonymous: 401 },
    otherwise: 200,
  },
  {
    name: 'GET /api/establishments/:A/members (restricted)',
    call: (c) => c.get(`/api/establishments/${establishmentA}/members`),
    expect: { anonymous: 401, admin: 200, qualityA: 200, representativeA: 200 },
    otherwise: 403,
  },
  {
    name: 'GET /api/establishments/:B/members (restricted)',
    call: (c) => c.get(`/api/establishments/${establishmentB}/members`),
    expect: { anonymous: 401, admin: 200, qualityB: 200 },
    otherwise: 403,
  },
  {
    name: 'POST /api/establishments',
    call: (c) => c.post('/api/establishments', newEstablishment()),
    expect: { anonymous: 401, admin: 201 },
    otherwise: 403,
  },
  {
    name: 'PATCH /api/establishments/:B',
    call: (c) =>
      c.patch(`/api/establishments/${establishmentB}`, { ...newEstablishment(), name: 'EHPAD B' }),
    expect: { anonymous: 401, admin: 200 },
    otherwise: 403,
  },
  {
    name: 'GET /api/users',
    call: (c) => c.get('/api/users'),
    expect: { anonymous: 401, admin: 200 },
    otherwise: 403,
  },
  {
    name: 'GET /api/users/:id',
    call: (c) => c.get(`/api/users/${someUserId}`),
    expect: { anonymous: 401, admin: 200 },
    otherwise: 403,
  },
  {
    name: 'PATCH /api/users/:id/role',
    call: (c) => c.patch(`/api/users/${someUserId}/role`, { platformRole: 'member' }),
    expect: { anonymous: 401, admin: 200 },
    otherwise: 403,
  },
  {
    name: 'PUT /api/users/:id/memberships',
    call: (c) =>
      c.put(`/api/users/${someUserId}/memberships`, {
        memberships: [{ establishmentId: establishmentB, role: 'quality_manager' }],
      }),
    expect: { anonymous: 401, admin: 200 },
    otherwise: 403,
  },
  {
    name: 'GET /api/admin/audit',
    call: (c) => c.get('/api/admin/audit'),
    expect: { anonymous: 401, admin: 200 },
    otherwise: 403,
  },
  {
    name: 'GET /api/admin/outbox',
    call: (c) => c.get('/api/admin/outbox'),
    expect: { anonymous: 401, admin: 200 },
    otherwise: 403,
  },
  {
    name: 'POST /api/invitations (into A)',
    call: (c) => c.post('/api/invitations', inviteToA()),
    expect: { anonymous: 401, admin: 201, qualityA: 201 },
    otherwise: 403,
  },
  {
    name: 'POST /api/invitations (a new admin)',
    call: (c) =>
      c.post('/api/invitations', {
        email: `admin-${(invitationCounter += 1)}@test.binome.fr`,
        platformRole: 'admin',
      }),
    expect: { anonymous: 401, admin: 201 },
    otherwise: 403,
  },
  {
    name: 'GET /api/invitations',
    call: (c) => c.get('/api/invitations'),
    expect: { anonymous: 401, admin: 200, qualityA: 200, qualityB: 200 },
    otherwise: 403,
  },
];

describe('authorisation matrix', () => {
  checkMatrix(ACTORS, clients, RULES);

  it('a quality manager sees only the invitations of their own establishment', async () => {
    const a = (await clients.get('qualityA')!.get('/api/invitations?pageSize=100')).json();
    expect(a.items.length).toBeGreaterThan(0);
    expect(
      a.items.every((i: { establishmentId: string }) => i.establishmentId === establishmentA),
    ).toBe(true);
    const b = (await clients.get('qualityB')!.get('/api/invitations?pageSize=100')).json();
    expect(b.items).toHaveLength(0);
  });

  it('DELETE /api/establishments is for admins only', async () => {
    const target = await makeEstablishment(t.database);
    for (const actor of ACTORS.filter((a) => a !== 'admin')) {
      const status = (await clients.get(actor)!.delete(`/api/establishments/${target.id}`))
        .statusCode;
      expect({ actor, status }).toEqual({ actor, status: actor === 'anonymous' ? 401 : 403 });
    }
    expect(
      (await clients.get('admin')!.delete(`/api/establishments/${target.id}`)).statusCode,
    ).toBe(204);
  });
});
