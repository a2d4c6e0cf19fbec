import { afterAll, beforeAll, describe } from 'vitest';
import { makeCommunity } from '../../../../test/factories/communities';
import { makeUser } from '../../../../test/factories/users';
import { checkMatrix, type MatrixRule } from '../../../../test/support/authorization-matrix';
import { signedIn } from '../../../../test/support/demo-community';
import { createTestApp, TestClient, type TestApp } from '../../../../test/support/test-app';
import {
  BINOMES,
  createWorkshop,
  DOMAINS,
  makePair,
  register,
  workshopInput,
  WORKSHOPS,
} from './partnership.testing';

// Who may call each partnership route. A binôme's space exists only for its two members (404
// for everybody else, administrators and facilitators included).

type Actor =
  | 'anonymous'
  | 'admin'
  | 'pilot'
  | 'observer'
  | 'member'
  | 'invited'
  | 'professional'
  | 'representative'
  | 'otherBinome';
const ACTORS: Actor[] = [
  'anonymous',
  'admin',
  'pilot',
  'observer',
  'member',
  'invited',
  'professional',
  'representative',
  'otherBinome',
];

let t: TestApp;
const clients = new Map<Actor, TestClient>();
let workshopId = '';
let binomeId = '';
let establishmentId = '';
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  clients.set('anonymous', new TestClient(t.app));
  for (const role of ['admin', 'pilot', 'observer', 'member'] as const)
    clients.set(
      role,
      await signedIn(t, (await makeUser(t.database, { platformRole: role })).email),
    );
  const invited = await makeUser(t.database);
  clients.set('invited', await signedIn(t, invited.email));
  const community = await makeCommunity(t.database, {
    pilotId: (await makeUser(t.database)).id,
    memberIds: [invited.id],
  });
  const admin = clients.get('admin')!;
  workshopId = (await createWorkshop(admin, { communityIds: [community.id] })).id;
  const pair = await makePair(t);
  const other = await makePair(t, { sector: 'ssiad' });
  establishmentId = pair.establishment.id;
  binomeId = (await register(admin, workshopId, pair)).id;
  await register(admin, workshopId, other);
  clients.set('professional', pair.proClient);
  clients.set('representative', pair.ruClient);
  clients.set('otherBinome', other.proClient);
});
afterAll(() => t.close());

type Rule = MatrixRule<Actor>;
const facilitators = { anonymous: 401, admin: 200, pilot: 200 };
const binomeOnly = { anonymous: 401, professional: 200, representative: 200 };
/** A workshop of its own for a call that changes or deletes it. */
const freshWorkshop = async () => (await createWorkshop(clients.get('admin')!)).id;

const RULES: Rule[] = [
  {
    name: 'GET /api/partnership/domains',
    call: (c) => c.get(DOMAINS),
    expect: { anonymous: 401 },
    otherwise: 200,
  },
  {
    name: 'POST /api/partnership/domains',
    call: (c) => c.post(DOMAINS, { name: `Domaine ${(counter += 1)}` }),
    expect: { anonymous: 401, admin: 201 },
    otherwise: 403,
  },
  {
    name: 'GET /api/partnership/workshops',
    call: (c) => c.get(WORKSHOPS),
    expect: { anonymous: 401 },
    otherwise: 200,
  },
  {
    name: 'POST /api/partnership/workshops',
    call: (c) => c.post(WORKSHOPS, workshopInput()),
    expect: { anonymous: 401, admin: 201, pilot: 201 },
    otherwise: 403,
  },
  {
    name: 'GET /api/partnership/workshops/:id',
    call: (c) => c.get(`${WORKSHOPS}/${workshopId}`),
    expect: { anonymous: 401, observer: 404, member: 404 },
    otherwise: 200,
  },
  {
    name: 'PUT /api/partnership/workshops/:id',
    call: async (c) => c.put(`${WORKSHOPS}/${await freshWorkshop()}`, workshopInput()),
    expect: facilitators,
    otherwise: 403,
  },
  {
    name: 'DELETE /api/partnership/workshops/:id',
    call: async (c) => c.delete(`${WORKSHOPS}/${await freshWorkshop()}`),
    expect: { anonymous: 401, admin: 204, pilot: 204 },
    otherwise: 403,
  },
  ...(['reveal', 'close', 'reopen'] as const).map((step): Rule => ({
    name: `POST /api/partnership/workshops/:id/${step}`,
    call: async (c) => c.post(`${WORKSHOPS}/${await freshWorkshop()}/${step}`),
    expect: facilitators,
    otherwise: 403,
  })),
  {
    name: 'GET /api/partnership/workshops/:id/candidates',
    call: (c) => c.get(`${WORKSHOPS}/${workshopId}/candidates?establishmentId=${establishmentId}`),
    expect: facilitators,
    otherwise: 403,
  },
  {
    name: 'GET /api/partnership/workshops/:id/facilitation',
    call: (c) => c.get(`${WORKSHOPS}/${workshopId}/facilitation`),
    expect: facilitators,
    otherwise: 403,
  },
  {
    name: 'POST /api/partnership/workshops/:id/binomes',
    call: async (c) => {
      const pair = await makePair(t);
      return c.post(`${WORKSHOPS}/${workshopId}/binomes`, {
        establishmentId: pair.establishment.id,
        professionalId: pair.pro.id,
        representativeId: pair.ru.id,
      });
    },
    expect: { anonymous: 401, admin: 201, pilot: 201 },
    otherwise: 403,
  },
  {
    name: 'DELETE /api/partnership/workshops/:id/binomes/:binomeId',
    call: async (c) => {
      const id = await freshWorkshop();
      const binome = await register(clients.get('admin')!, id, await makePair(t));
      return c.delete(`${WORKSHOPS}/${id}/binomes/${binome.id}`);
    },
    expect: { anonymous: 401, admin: 204, pilot: 204 },
    otherwise: 403,
  },
  ...['', '/history', '/fiche.pdf'].map((path): Rule => ({
    name: `GET /api/partnership/binomes/:id${path}`,
    call: (c) => c.get(`${BINOMES}/${binomeId}${path}`),
    expect: binomeOnly,
    otherwise: 404,
  })),
  {
    name: 'PUT /api/partnership/binomes/:id/expectations',
    call: (c) =>
      c.put(`${BINOMES}/${binomeId}/expectations`, { expectations: 'x', preconceptions: '' }),
    expect: binomeOnly,
    otherwise: 404,
  },
  {
    name: 'PUT /api/partnership/binomes/:id/ratings',
    call: (c) => c.put(`${BINOMES}/${binomeId}/ratings`, { ratings: [] }),
    expect: binomeOnly,
    otherwise: 404,
  },
  {
    name: 'POST /api/partnership/binomes/:id/stories',
    call: (c) => c.post(`${BINOMES}/${binomeId}/stories`, { title: 'Titre', story: 'Récit' }),
    expect: { anonymous: 401, professional: 201, representative: 201 },
    otherwise: 404,
  },
  {
    name: 'POST /api/partnership/binomes/:id/actions',
    call: (c) => c.post(`${BINOMES}/${binomeId}/actions`, { title: 'Action' }),
    expect: { anonymous: 401, professional: 201, representative: 201 },
    otherwise: 404,
  },
  ...['/api/partnership/results', '/api/partnership/results.csv'].map((url): Rule => ({
    name: `GET ${url}`,
    call: (c) => c.get(url),
    expect: { anonymous: 401, admin: 200, pilot: 200, observer: 200 },
    otherwise: 403,
  })),
];

describe('partnership authorisation matrix', () => {
  checkMatrix(ACTORS, clients, RULES);
});
