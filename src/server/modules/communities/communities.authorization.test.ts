import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/support/test-app';
import { makeCommunity } from '../../../../test/factories/communities';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories/users';
import { createMembershipRepository } from './membership.repository';
import { checkMatrix, type MatrixRule } from '../../../../test/support/authorization-matrix';

// Every community route, called by each kind of reader. "pilot" and "member" are the
// community's own; "platformPilot" is a platform pilot outside it; "outsider" a signed-in
// person outside it. Routes that change or remove something get a fresh target per call.

const ACTORS = ['anonymous', 'outsider', 'platformPilot', 'member', 'pilot', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
type Person = Exclude<Actor, 'anonymous'>;

let t: TestApp;
const clients = new Map<Actor, TestClient>();
const ids = {} as Record<Person, string>;
let shared = '';
let hidden = '';
let meetingId = '';
let subgroupId = '';
let feedToken = '';
let counter = 0;
const next = () => (counter += 1);

const api = (slug: string) => `/api/communities/${slug}`;
const pilotClient = () => clients.get('pilot') as TestClient;

const meeting = {
  title: 'Plénière',
  date: '2031-01-14',
  start: '14:30',
  end: '16:00',
  mode: 'visio',
  link: 'https://visio.example.org/x',
  place: '',
  agenda: '',
  minutes: '',
};
const resource = (slug: string) => ({
  slug,
  type: 'outil',
  title: 'Fiche',
  subtitle: '',
  body: '',
  url: '',
});
const page = {
  title: 'Communauté renommée',
  tagline: '',
  status: 'active',
  isPublic: true,
  context: '',
  objectives: [],
  objectivesNote: '',
  definition: '',
  definitionSource: '',
  audienceSectors: [],
  audienceRoles: [],
  pilots: [],
  contributors: [],
  partners: [],
  deliverables: [],
  modalities: '',
};

/** A community of its own, with the same pilot and member, for routes that change membership. */
const freshCommunity = async () =>
  (await makeCommunity(t.database, { pilotId: ids.pilot, memberIds: [ids.member] })).slug;

async function freshRequest() {
  const asker = await makeUser(t.database);
  const found = await makeCommunity(t.database, { pilotId: ids.pilot });
  const request = await createMembershipRepository(t.database.db).createRequest(
    found.id,
    asker.id,
    'Bonjour',
  );
  return `${api(found.slug)}/join-requests/${request?.id}`;
}

async function created(path: string, body: object): Promise<string> {
  const response = await pilotClient().post(path, body);
  expect(response.statusCode).toBe(201);
  return (response.json() as { id: string }).id;
}

beforeAll(async () => {
  t = await createTestApp();
  const roles: Record<Person, 'admin' | 'pilot' | 'member'> = {
    outsider: 'member',
    platformPilot: 'pilot',
    member: 'member',
    pilot: 'member',
    admin: 'admin',
  };
  clients.set('anonymous', new TestClient(t.app));
  for (const [actor, platformRole] of Object.entries(roles) as [Person, 'member'][]) {
    const user = await makeUser(t.database, { platformRole });
    ids[actor] = user.id;
    const client = new TestClient(t.app);
    expect((await client.login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    clients.set(actor, client);
  }
  shared = await freshCommunity();
  hidden = (
    await makeCommunity(t.database, {
      pilotId: ids.pilot,
      memberIds: [ids.member],
      isPublic: false,
    })
  ).slug;
  for (const slug of [shared, hidden]) {
    await pilotClient().post(`${api(slug)}/resources`, resource('fiche'));
  }
  meetingId = await created(`${api(shared)}/meetings`, meeting);
  subgroupId = await created(`${api(shared)}/subgroups`, { name: 'Sanitaire', description: '' });
  const feed = (await pilotClient().get(`${api(shared)}/calendar-feed`)).json().url as string;
  feedToken = new URL(feed).searchParams.get('token') ?? '';
});
afterAll(() => t.close());

type Rule = MatrixRule<Actor>;

const EVERYONE = { expect: {}, otherwise: 200 };
const PILOTS_ONLY = (ok: number) => ({
  expect: { anonymous: 401, pilot: ok, admin: ok },
  otherwise: 403,
});
const MEMBERS_ONLY = {
  expect: { anonymous: 401, outsider: 403, platformPilot: 403 },
  otherwise: 200,
};
const HIDDEN_FROM_OUTSIDE = {
  expect: { anonymous: 404, outsider: 404, platformPilot: 404 },
  otherwise: 200,
};

const RULES: Rule[] = [
  // Directory and page
  { name: 'GET /api/communities', call: (c) => c.get('/api/communities'), ...EVERYONE },
  {
    name: 'POST /api/communities',
    call: (c) => c.post('/api/communities', { slug: `nouvelle-${next()}`, title: 'Nouvelle' }),
    expect: { anonymous: 401, platformPilot: 201, admin: 201 },
    otherwise: 403,
  },
  { name: 'GET /:slug (public)', call: (c) => c.get(api(shared)), ...EVERYONE },
  { name: 'GET /:slug (not public)', call: (c) => c.get(api(hidden)), ...HIDDEN_FROM_OUTSIDE },
  {
    name: 'PUT /:slug',
    call: async (c) => c.put(api(await freshCommunity()), page),
    ...PILOTS_ONLY(200),
  },
  // Resources
  {
    name: 'GET /:slug/resources/:resource (public)',
    call: (c) => c.get(`${api(shared)}/resources/fiche`),
    ...EVERYONE,
  },
  {
    name: 'GET /:slug/resources/:resource (not public)',
    call: (c) => c.get(`${api(hidden)}/resources/fiche`),
    ...HIDDEN_FROM_OUTSIDE,
  },
  {
    name: 'POST /:slug/resources',
    call: (c) => c.post(`${api(shared)}/resources`, resource(`outil-${next()}`)),
    ...PILOTS_ONLY(201),
  },
  {
    name: 'PUT /:slug/resources/:resource',
    call: (c) => c.put(`${api(shared)}/resources/fiche`, resource('fiche')),
    ...PILOTS_ONLY(200),
  },
  {
    name: 'DELETE /:slug/resources/:resource',
    call: async (c) => {
      const slug = `outil-${next()}`;
      await pilotClient().post(`${api(shared)}/resources`, resource(slug));
      return c.delete(`${api(shared)}/resources/${slug}`);
    },
    ...PILOTS_ONLY(204),
  },
  // Membership
  {
    name: 'POST /:slug/join-requests',
    call: (c) => c.post(`${api(shared)}/join-requests`, { message: 'Bonjour' }),
    expect: { anonymous: 401, member: 409, pilot: 409 },
    otherwise: 204,
  },
  {
    name: 'GET /:slug/join-requests',
    call: (c) => c.get(`${api(shared)}/join-requests`),
    ...PILOTS_ONLY(200),
  },
  {
    name: 'POST /:slug/join-requests/:id/accept',
    call: async (c) => c.post(`${await freshRequest()}/accept`),
    ...PILOTS_ONLY(204),
  },
  {
    name: 'POST /:slug/join-requests/:id/decline',
    call: async (c) => c.post(`${await freshRequest()}/decline`),
    ...PILOTS_ONLY(204),
  },
  { name: 'GET /:slug/members', call: (c) => c.get(`${api(shared)}/members`), ...MEMBERS_ONLY },
  {
    name: 'DELETE /:slug/membership (leave)',
    call: async (c) => c.delete(`${api(await freshCommunity())}/membership`),
    // Outsiders have nothing to leave; the only pilot must hand over first.
    expect: { anonymous: 401, member: 204, pilot: 409 },
    otherwise: 404,
  },
  {
    name: 'PUT /:slug/members/:userId/role',
    call: async (c) =>
      c.put(`${api(await freshCommunity())}/members/${ids.member}/role`, { role: 'pilot' }),
    ...PILOTS_ONLY(204),
  },
  {
    name: 'DELETE /:slug/members/:userId',
    call: async (c) => c.delete(`${api(await freshCommunity())}/members/${ids.member}`),
    ...PILOTS_ONLY(204),
  },
  // Meetings
  {
    name: 'GET /:slug/meetings (public)',
    call: (c) => c.get(`${api(shared)}/meetings?when=upcoming`),
    ...EVERYONE,
  },
  {
    name: 'GET /:slug/meetings (not public)',
    call: (c) => c.get(`${api(hidden)}/meetings?when=past`),
    ...HIDDEN_FROM_OUTSIDE,
  },
  {
    name: 'POST /:slug/meetings',
    call: (c) => c.post(`${api(shared)}/meetings`, meeting),
    ...PILOTS_ONLY(201),
  },
  {
    name: 'GET /:slug/meetings/:id',
    call: (c) => c.get(`${api(shared)}/meetings/${meetingId}`),
    ...EVERYONE,
  },
  {
    name: 'PUT /:slug/meetings/:id',
    call: (c) => c.put(`${api(shared)}/meetings/${meetingId}`, meeting),
    ...PILOTS_ONLY(200),
  },
  {
    name: 'DELETE /:slug/meetings/:id',
    call: async (c) => {
      const id = await created(`${api(shared)}/meetings`, meeting);
      return c.delete(`${api(shared)}/meetings/${id}`);
    },
    ...PILOTS_ONLY(204),
  },
  {
    name: 'PUT /:slug/meetings/:id/attendance (of the member)',
    call: (c) =>
      c.put(`${api(shared)}/meetings/${meetingId}/attendance`, {
        userId: ids.member,
        status: 'present',
      }),
    expect: { anonymous: 401, member: 204, pilot: 204, admin: 204 },
    otherwise: 403,
  },
  {
    name: 'GET /:slug/meetings/:id/calendar.ics',
    call: (c) => c.get(`${api(shared)}/meetings/${meetingId}/calendar.ics`),
    ...EVERYONE,
  },
  {
    name: 'GET /:slug/calendar.ics (right token)',
    call: (c) => c.get(`${api(shared)}/calendar.ics?token=${feedToken}`),
    ...EVERYONE,
  },
  {
    name: 'GET /:slug/calendar.ics (wrong token)',
    call: (c) => c.get(`${api(shared)}/calendar.ics?token=${'0'.repeat(feedToken.length)}`),
    expect: {},
    otherwise: 404,
  },
  {
    name: 'GET /:slug/calendar-feed',
    call: (c) => c.get(`${api(shared)}/calendar-feed`),
    ...MEMBERS_ONLY,
  },
  {
    name: 'POST /:slug/calendar-feed/rotate',
    call: async (c) => c.post(`${api(await freshCommunity())}/calendar-feed/rotate`),
    ...PILOTS_ONLY(200),
  },
  // Sub-groups
  { name: 'GET /:slug/subgroups', call: (c) => c.get(`${api(shared)}/subgroups`), ...EVERYONE },
  {
    name: 'GET /:slug/subgroups (not public)',
    call: (c) => c.get(`${api(hidden)}/subgroups`),
    ...HIDDEN_FROM_OUTSIDE,
  },
  {
    name: 'POST /:slug/subgroups',
    call: (c) => c.post(`${api(shared)}/subgroups`, { name: `Groupe ${next()}`, description: '' }),
    ...PILOTS_ONLY(201),
  },
  {
    name: 'PUT /:slug/subgroups/:id',
    call: (c) =>
      c.put(`${api(shared)}/subgroups/${subgroupId}`, { name: 'Sanitaire', description: 'Soins' }),
    ...PILOTS_ONLY(200),
  },
  {
    name: 'DELETE /:slug/subgroups/:id',
    call: async (c) => {
      const id = await created(`${api(shared)}/subgroups`, { name: `G${next()}`, description: '' });
      return c.delete(`${api(shared)}/subgroups/${id}`);
    },
    ...PILOTS_ONLY(204),
  },
  {
    name: 'PUT /:slug/subgroups/:id/members/:userId (the member)',
    call: (c) => c.put(`${api(shared)}/subgroups/${subgroupId}/members/${ids.member}`, {}),
    expect: { anonymous: 401, member: 204, pilot: 204, admin: 204 },
    otherwise: 403,
  },
  {
    name: 'DELETE /:slug/subgroups/:id/members/:userId (the member)',
    call: (c) => c.delete(`${api(shared)}/subgroups/${subgroupId}/members/${ids.member}`),
    expect: { anonymous: 401, member: 204, pilot: 204, admin: 204 },
    otherwise: 403,
  },
];

describe('communities: authorisation matrix', () => {
  checkMatrix(ACTORS, clients, RULES);
});
