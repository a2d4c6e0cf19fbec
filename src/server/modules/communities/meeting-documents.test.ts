import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDemoCommunity, type DemoCommunity } from '../../../../test/support/demo-community';
import { makeCommunity } from '../../../../test/factories/communities';
import { makeUser } from '../../../../test/factories/users';
import { communities, communityDocuments } from '../../db/schema';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';

const url = `/api/communities/${DEMO_COMMUNITY_SLUG}`;
let demo: DemoCommunity;
let meetingUrl = '';
let ids = { slides: '', attendance: '', foreign: '' };

beforeAll(async () => {
  demo = await withDemoCommunity();
  const db = demo.t.database.db;
  const [community] = await db
    .select({ id: communities.id })
    .from(communities)
    .where(eq(communities.slug, DEMO_COMMUNITY_SLUG));
  const other = await makeCommunity(demo.t.database, {
    pilotId: (await makeUser(demo.t.database)).id,
  });
  const rows = await db
    .insert(communityDocuments)
    .values([
      { communityId: community!.id, title: 'Diaporama de la plénière', visibility: 'public' },
      { communityId: community!.id, title: 'Feuille d’émargement', visibility: 'members' },
      { communityId: other.id, title: 'Document d’une autre communauté', visibility: 'public' },
    ])
    .returning();
  const [slides, attendance, foreign] = rows.map((r) => r.id);
  ids = { slides: slides!, attendance: attendance!, foreign: foreign! };
  const created = await demo.pilot.post(`${url}/meetings`, {
    title: 'Plénière avec documents',
    date: '2031-05-06',
    start: '10:00',
    end: '12:00',
    mode: 'a_definir',
    link: '',
    place: '',
    agenda: '',
    minutes: '',
  });
  expect(created.statusCode).toBe(201);
  meetingUrl = `${url}/meetings/${created.json().id}`;
});
afterAll(() => demo.t.close());

const titles = async (client: DemoCommunity['visitor']) =>
  ((await client.get(meetingUrl)).json().documents as { title: string }[]).map((d) => d.title);

describe('documents attached to a meeting', () => {
  it('are attached by pilots only, from the community’s own documents', async () => {
    const attach = (client: DemoCommunity['visitor'], documentId?: string) =>
      client.post(`${meetingUrl}/documents`, { documentId });
    expect((await attach(demo.visitor, ids.slides)).statusCode).toBe(401);
    expect((await attach(demo.member, ids.slides)).statusCode).toBe(403);
    expect((await attach(demo.outsider, ids.slides)).statusCode).toBe(403);
    const foreign = await attach(demo.pilot, ids.foreign);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([{ path: 'documentId', message: 'Valeur invalide.' }]);
    expect((await attach(demo.pilot, ids.slides)).statusCode).toBe(200);
    const twice = await attach(demo.admin, ids.attendance);
    expect(twice.json().documents).toHaveLength(2);
    expect((await attach(demo.pilot, ids.attendance)).json().documents).toHaveLength(2);
  });

  it('show each reader the documents they may download', async () => {
    expect(await titles(demo.visitor)).toEqual(['Diaporama de la plénière']);
    expect(await titles(demo.outsider)).toEqual(['Diaporama de la plénière']);
    expect(await titles(demo.member)).toEqual(['Diaporama de la plénière', 'Feuille d’émargement']);
  });

  it('are detached by pilots, the document itself staying in the community', async () => {
    const detach = (client: DemoCommunity['visitor']) =>
      client.delete(`${meetingUrl}/documents/${ids.attendance}`);
    expect((await detach(demo.member)).statusCode).toBe(403);
    const done = await detach(demo.pilot);
    expect(done.statusCode).toBe(200);
    expect(done.json().documents.map((d: { title: string }) => d.title)).toEqual([
      'Diaporama de la plénière',
    ]);
    const list = (await demo.member.get(`${url}/documents`)).json() as { title: string }[];
    expect(list.map((d) => d.title)).toContain('Feuille d’émargement');
  });
});
