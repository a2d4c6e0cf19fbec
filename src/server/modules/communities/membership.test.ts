import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDemoCommunity, signedIn } from '../../../../test/support/demo-community';
import type { TestClient, TestApp } from '../../../../test/support/test-app';
import { makeUser } from '../../../../test/factories/users';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';

const url = `/api/communities/${DEMO_COMMUNITY_SLUG}`;
let t: TestApp;
let visitor: TestClient;
let pilot: TestClient;
let member: TestClient;
let admin: TestClient;

const outbox = async () =>
  (await admin.get('/api/admin/outbox?pageSize=100')).json().items as {
    to: string;
    subject: string;
    text: string;
  }[];

beforeAll(async () => {
  ({ t, visitor, pilot, member, admin } = await withDemoCommunity());
});
afterAll(() => t.close());

describe('joining a community', () => {
  it('takes a request, tells the pilots, and lets a pilot accept it', async () => {
    const person = await makeUser(t.database, { name: 'Lucie Perrin' });
    const asker = await signedIn(t, person.email);
    expect((await visitor.post(`${url}/join-requests`, { message: '' })).statusCode).toBe(401);
    expect((await asker.get(`${url}/members`)).statusCode).toBe(403);

    const asked = await asker.post(`${url}/join-requests`, { message: 'RU au CH, intéressée.' });
    expect(asked.statusCode).toBe(204);
    expect((await asker.get(url)).json().viewer).toMatchObject({
      role: null,
      pendingRequest: true,
    });
    const twice = await asker.post(`${url}/join-requests`, { message: '' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().title).toContain('déjà transmise');
    const mail = (await outbox()).find((m) => m.to === 'pilote@demo.binome.fr');
    expect(mail?.subject).toContain('Lucie Perrin');
    expect(mail?.text).not.toContain('intéressée');

    expect((await member.get(`${url}/join-requests`)).statusCode).toBe(403);
    expect((await asker.get(`${url}/join-requests`)).statusCode).toBe(403);
    const pending = (await pilot.get(`${url}/join-requests`)).json();
    const request = pending.find((r: { person: { id: string } }) => r.person.id === person.id);
    expect(request).toMatchObject({ message: 'RU au CH, intéressée.', status: 'pending' });

    expect((await member.post(`${url}/join-requests/${request.id}/accept`)).statusCode).toBe(403);
    expect((await pilot.post(`${url}/join-requests/${request.id}/accept`)).statusCode).toBe(204);
    expect((await pilot.post(`${url}/join-requests/${request.id}/decline`)).statusCode).toBe(409);

    const page = (await asker.get(url)).json();
    expect(page.viewer).toMatchObject({
      role: 'member',
      seesContacts: true,
      pendingRequest: false,
    });
    const members = (await asker.get(`${url}/members`)).json();
    expect(members.map((m: { person: { name: string } }) => m.person.name)).toContain(
      'Lucie Perrin',
    );
    expect(
      (await outbox()).some((m) => m.to === person.email && m.text.includes('Bienvenue')),
    ).toBe(true);
    const audit = (await admin.get('/api/admin/audit?pageSize=100')).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toContain(
      'community.member_accepted',
    );
  });

  it('lets a pilot decline, and refuses a request from a member', async () => {
    const person = await makeUser(t.database);
    const asker = await signedIn(t, person.email);
    await asker.post(`${url}/join-requests`, { message: '' });
    const request = (await pilot.get(`${url}/join-requests`))
      .json()
      .find((r: { person: { id: string } }) => r.person.id === person.id);
    expect((await admin.post(`${url}/join-requests/${request.id}/decline`)).statusCode).toBe(204);
    expect((await asker.get(url)).json().viewer).toMatchObject({
      role: null,
      pendingRequest: false,
    });
    expect((await asker.get(`${url}/members`)).statusCode).toBe(403);

    const already = await member.post(`${url}/join-requests`, { message: '' });
    expect(already.statusCode).toBe(409);
    const tooLong = await asker.post(`${url}/join-requests`, { message: 'x'.repeat(1001) });
    expect(tooLong.statusCode).toBe(400);
  });
});

describe('leaving a community', () => {
  it('lets a member leave, but not the last pilot', async () => {
    const person = await makeUser(t.database);
    const asker = await signedIn(t, person.email);
    await asker.post(`${url}/join-requests`, { message: '' });
    const request = (await pilot.get(`${url}/join-requests`))
      .json()
      .find((r: { person: { id: string } }) => r.person.id === person.id);
    await pilot.post(`${url}/join-requests/${request.id}/accept`);

    expect((await asker.delete(`${url}/membership`)).statusCode).toBe(204);
    expect((await asker.get(url)).json().viewer.role).toBeNull();
    expect((await asker.delete(`${url}/membership`)).statusCode).toBe(404);
    const lastPilot = await pilot.delete(`${url}/membership`);
    expect(lastPilot.statusCode).toBe(409);
    expect(lastPilot.json().title).toContain('dernier pilote');
  });
});

describe('personal data export', () => {
  it('includes the person’s communities and membership requests', async () => {
    const person = await makeUser(t.database);
    const asker = await signedIn(t, person.email);
    await asker.post(`${url}/join-requests`, { message: 'Mon message aux pilotes' });
    const data = (await asker.get('/api/me/export')).json();
    expect(data.communityRequests).toEqual([
      expect.objectContaining({ message: 'Mon message aux pilotes', status: 'pending' }),
    ]);
    const pilotData = (await pilot.get('/api/me/export')).json();
    expect(pilotData.communities).toEqual([
      expect.objectContaining({
        community: 'Partenariat entre usagers et professionnels',
        role: 'pilot',
      }),
    ]);
  });
});
