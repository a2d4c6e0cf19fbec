import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, withDemoCommunity } from '../../../../test/support/demo-community';
import type { TestApp, TestClient } from '../../../../test/support/test-app';
import { makeUser } from '../../../../test/factories/users';
import { mentionToken } from '../../../shared/mentions';
import type { Notification } from '../../../shared/schemas/notifications';
import { DEMO_PASSWORD } from '../../demo/demo-data';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';

const url = `/api/communities/${DEMO_COMMUNITY_SLUG}`;
let t: TestApp;
let visitor: TestClient;
let pilot: TestClient;
let member: TestClient;
let quality: TestClient;
let outsider: TestClient;
const ids = { pilot: '', member: '', quality: '', outsider: '' };

const idOf = async (client: TestClient) =>
  (await client.get('/api/auth/session')).json().user.id as string;
const inbox = async (client: TestClient, query = '?pageSize=100') =>
  (await client.get(`/api/notifications${query}`)).json() as {
    items: Notification[];
    total: number;
    unread: number;
  };
const kindsAbout = async (client: TestClient, title: string) =>
  (await inbox(client)).items.filter((n) => n.data.threadTitle === title).map((n) => n.kind);

beforeAll(async () => {
  ({ t, visitor, pilot, member, outsider } = await withDemoCommunity());
  quality = await signedIn(t, 'qualite@demo.binome.fr', DEMO_PASSWORD);
  ids.pilot = await idOf(pilot);
  ids.member = await idOf(member);
  ids.quality = await idOf(quality);
  ids.outsider = await idOf(outsider);
});
afterAll(() => t.close());

describe('mentions and discussion notifications', () => {
  it('notify mentioned members only: not outsiders, not the author', async () => {
    const title = 'Mentions : qui associer ?';
    const body = `Qu’en pensez-vous ${mentionToken('Élodie Pilote', ids.pilot)} et ${mentionToken(
      'Personne Extérieure',
      ids.outsider,
    )} ? (moi-même : ${mentionToken('Moi', ids.member)})`;
    const created = await member.post(`${url}/threads`, { title, body });
    expect(created.statusCode).toBe(201);

    const pilotInbox = await inbox(pilot);
    const mention = pilotInbox.items.find((n) => n.data.threadTitle === title);
    expect(mention).toMatchObject({
      kind: 'mention',
      actor: { id: ids.member },
      community: { slug: DEMO_COMMUNITY_SLUG },
      link: `/communautes/${DEMO_COMMUNITY_SLUG}/discussions/${created.json().id}`,
      readAt: null,
    });
    expect(pilotInbox.unread).toBeGreaterThanOrEqual(1);
    expect(await kindsAbout(outsider, title)).toEqual([]);
    expect(await kindsAbout(member, title)).toEqual([]);
  });

  it('tell earlier participants of a reply, and everyone in the thread of a synthesis', async () => {
    const title = 'Réponses et synthèse';
    const thread = (await member.post(`${url}/threads`, { title, body: 'Vos retours ?' })).json();
    const path = `${url}/threads/${thread.id}`;
    await pilot.post(`${path}/posts`, { body: 'Deux fois par an.' });
    expect(await kindsAbout(member, title)).toEqual(['reply']);

    // A mentioned participant gets the mention, not also a reply notification.
    const replied = await quality.post(`${path}/posts`, {
      body: `D’accord avec ${mentionToken('Membre', ids.member)}.`,
    });
    expect(await kindsAbout(member, title)).toEqual(['mention', 'reply']);
    expect(await kindsAbout(pilot, title)).toEqual(['reply']);
    expect(await kindsAbout(quality, title)).toEqual([]);

    const synthesis = replied.json().posts[1].id as string;
    await pilot.put(`${path}/synthesis`, { postId: synthesis });
    expect((await kindsAbout(member, title))[0]).toBe('synthesis');
    expect((await kindsAbout(quality, title))[0]).toBe('synthesis');
    expect(await kindsAbout(pilot, title)).toEqual(['reply']);
    // Marking the same reply again tells no one twice.
    await pilot.put(`${path}/synthesis`, { postId: synthesis });
    expect((await kindsAbout(member, title)).filter((k) => k === 'synthesis')).toHaveLength(1);
  });
});

describe('membership notifications', () => {
  it('tell the pilots of a request and the requester of the decision', async () => {
    const person = await makeUser(t.database, { name: 'Léa Nouvelle' });
    const asker = await signedIn(t, person.email);
    await asker.post(`${url}/join-requests`, { message: 'Bonjour' });
    const request = (await inbox(pilot)).items.find(
      (n) => n.kind === 'join_request' && n.actor?.id === person.id,
    );
    expect(request?.link).toBe(`/communautes/${DEMO_COMMUNITY_SLUG}/membres`);
    expect((await inbox(member)).items.some((n) => n.kind === 'join_request')).toBe(false);

    const [pending] = (await pilot.get(`${url}/join-requests`)).json();
    await pilot.post(`${url}/join-requests/${pending.id}/accept`);
    const [decision] = (await inbox(asker)).items;
    expect(decision).toMatchObject({ kind: 'join_decision', data: { accepted: 'true' } });
  });
});

describe('the notifications API', () => {
  it('needs a session', async () => {
    expect((await visitor.get('/api/notifications')).statusCode).toBe(401);
    expect((await visitor.post('/api/notifications/read-all')).statusCode).toBe(401);
    expect((await visitor.get('/api/notifications/settings')).statusCode).toBe(401);
    expect(
      (await visitor.put('/api/notifications/settings', { digestEnabled: false })).statusCode,
    ).toBe(401);
  });

  it('pages newest first and marks one or all as read, never another person’s', async () => {
    const before = await inbox(pilot);
    expect(before.total).toBeGreaterThanOrEqual(3);
    const dates = before.items.map((n) => n.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const page = await inbox(pilot, '?page=2&pageSize=1');
    expect(page.items[0]?.id).toBe(before.items[1]?.id);

    const first = before.items[0] as Notification;
    expect((await member.post(`/api/notifications/${first.id}/read`)).statusCode).toBe(404);
    expect((await pilot.post('/api/notifications/pas-un-id/read')).statusCode).toBe(400);
    expect((await pilot.post(`/api/notifications/${first.id}/read`)).statusCode).toBe(204);
    expect((await pilot.post(`/api/notifications/${first.id}/read`)).statusCode).toBe(204);
    const after = await inbox(pilot);
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items[0]?.readAt).not.toBeNull();

    const memberUnread = (await inbox(member)).unread;
    const all = await pilot.post('/api/notifications/read-all');
    expect(all.json()).toEqual({ marked: before.unread - 1 });
    expect((await inbox(pilot)).unread).toBe(0);
    expect((await inbox(member)).unread).toBe(memberUnread);
  });

  it('keeps the digest preference, and exports it with the notifications', async () => {
    expect((await quality.get('/api/notifications/settings')).json()).toEqual({
      digestEnabled: true,
    });
    const off = await quality.put('/api/notifications/settings', { digestEnabled: false });
    expect(off.json()).toEqual({ digestEnabled: false });
    expect(
      (await quality.put('/api/notifications/settings', { digestEnabled: 'non' })).statusCode,
    ).toBe(400);
    const exported = (await quality.get('/api/me/export')).json();
    expect(exported.preferences).toEqual({ digestEnabled: false });
    expect(exported.notifications.map((n: { kind: string }) => n.kind)).toContain('synthesis');
    expect((await member.get('/api/notifications/settings')).json().digestEnabled).toBe(true);
  });
});
