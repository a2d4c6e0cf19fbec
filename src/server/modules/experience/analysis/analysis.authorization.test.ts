import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import { makeEstablishment } from '../../../../../test/factories/establishments';
import { makeUser } from '../../../../../test/factories/users';
import { checkMatrix } from '../../../../../test/support/authorization-matrix';
import { signedIn } from '../../../../../test/support/demo-community';
import { createTestApp, TestClient, type TestApp } from '../../../../../test/support/test-app';
import { insertAnalysedComments } from './experience.testing';

// Who reads what: an establishment's figures and comments are its people's (quality managers,
// user representatives) and administrators'; the region's figures are also for pilots and
// observers, who never read a comment; anybody else gets nothing.

const ACTORS = [
  'anonymous',
  'representative',
  'qualityManager',
  'otherEstablishment',
  'noEstablishment',
  'pilot',
  'observer',
  'admin',
] as const;
type Actor = (typeof ACTORS)[number];

let t: TestApp;
let establishmentId = '';
const clients = new Map<Actor, TestClient>();

beforeAll(async () => {
  t = await createTestApp();
  establishmentId = (await makeEstablishment(t.database)).id;
  const other = (await makeEstablishment(t.database)).id;
  await insertAnalysedComments(t.database.db, {
    establishmentId,
    rows: Array.from({ length: 6 }, () => ({
      text: 'Très bon accueil',
      receivedOn: '2025-03-01',
      themes: ['accueil'],
      sentiment: 'positif',
    })),
  });
  const client = async (options: Parameters<typeof makeUser>[1]) =>
    signedIn(t, (await makeUser(t.database, options)).email);
  clients.set('anonymous', new TestClient(t.app));
  clients.set(
    'representative',
    await client({ links: [{ establishmentId, role: 'user_representative' }] }),
  );
  clients.set(
    'qualityManager',
    await client({ links: [{ establishmentId, role: 'quality_manager' }] }),
  );
  clients.set(
    'otherEstablishment',
    await client({ links: [{ establishmentId: other, role: 'quality_manager' }] }),
  );
  clients.set('noEstablishment', await client({}));
  clients.set('pilot', await client({ platformRole: 'pilot' }));
  clients.set('observer', await client({ platformRole: 'observer' }));
  clients.set('admin', await client({ platformRole: 'admin' }));
});
afterAll(() => t.close());

describe('patient-experience dashboards and comments: who may read', () => {
  const ownPeople = { representative: 200, qualityManager: 200, admin: 200, anonymous: 401 };
  const comments = (path: string) => (c: TestClient) =>
    c.get(`/api/experience/${path}establishmentId=${establishmentId}`);

  checkMatrix(ACTORS, clients, [
    {
      name: 'an establishment’s dashboard',
      call: comments('dashboard?'),
      expect: ownPeople,
      otherwise: 403,
    },
    {
      name: 'the regional dashboard',
      call: (c) => c.get('/api/experience/dashboard'),
      expect: { anonymous: 401, noEstablishment: 403 },
      otherwise: 200,
    },
    {
      name: 'an establishment’s comments',
      call: comments('comments?'),
      expect: ownPeople,
      otherwise: 403,
    },
    {
      name: 'the export of an establishment’s comments',
      call: comments('comments/export?format=csv&'),
      expect: ownPeople,
      otherwise: 403,
    },
    {
      name: 'the comments of an establishment that does not exist',
      call: (c) => c.get(`/api/experience/comments?establishmentId=${randomUUID()}`),
      expect: { admin: 404, anonymous: 401 },
      otherwise: 403,
    },
  ]);
});
