import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingsServiceOf } from '../../../../test/support/meetings-service';
import { createTestApp, TestClient, type TestApp } from '../../../../test/support/test-app';
import { makeCommunity } from '../../../../test/factories/communities';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories/users';
import { parisTime } from '../../lib/paris-time';

let t: TestApp;
let api = '';
let pilot: TestClient;
let sanitaire: TestClient;
let medicoSocial: TestClient;
let visitor: TestClient;
let admin: TestClient;
let adminEmail = '';
const ids = { pilot: '', sanitaire: '', medicoSocial: '' };
const emails = { sanitaire: '', medicoSocial: '' };

async function signedIn(email: string) {
  const client = new TestClient(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

beforeAll(async () => {
  t = await createTestApp();
  const owner = await makeUser(t.database, { name: 'Pilote' });
  const a = await makeUser(t.database, { name: 'Alice Sanitaire' });
  const b = await makeUser(t.database, { name: 'Bernard Médico-social' });
  Object.assign(ids, { pilot: owner.id, sanitaire: a.id, medicoSocial: b.id });
  Object.assign(emails, { sanitaire: a.email, medicoSocial: b.email });
  const community = await makeCommunity(t.database, { pilotId: owner.id, memberIds: [a.id, b.id] });
  api = `/api/communities/${community.slug}`;
  pilot = await signedIn(owner.email);
  sanitaire = await signedIn(a.email);
  medicoSocial = await signedIn(b.email);
  visitor = new TestClient(t.app);
  adminEmail = (await makeUser(t.database, { platformRole: 'admin' })).email;
  admin = await signedIn(adminEmail);
});
afterAll(() => t.close());

async function createGroup(name: string): Promise<string> {
  const response = await pilot.post(`${api}/subgroups`, { name, description: '' });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

describe('sub-groups', () => {
  it('are created by pilots, joined by members themselves, listed to everyone', async () => {
    const id = await createGroup('Sanitaire');
    const taken = await pilot.post(`${api}/subgroups`, { name: 'Sanitaire', description: '' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([
      { path: 'name', message: 'Un sous-groupe de cette communauté porte déjà ce nom.' },
    ]);

    expect(
      (await sanitaire.put(`${api}/subgroups/${id}/members/${ids.sanitaire}`, {})).statusCode,
    ).toBe(204);
    // Joining twice changes nothing; a member cannot enrol someone else.
    await sanitaire.put(`${api}/subgroups/${id}/members/${ids.sanitaire}`, {});
    expect(
      (await sanitaire.put(`${api}/subgroups/${id}/members/${ids.medicoSocial}`, {})).statusCode,
    ).toBe(403);

    const [seenByMember] = (await sanitaire.get(`${api}/subgroups`)).json();
    expect(seenByMember).toMatchObject({
      name: 'Sanitaire',
      memberCount: 1,
      isMember: true,
      members: [{ id: ids.sanitaire, name: 'Alice Sanitaire' }],
    });
    const [seenByVisitor] = (await visitor.get(`${api}/subgroups`)).json();
    expect(seenByVisitor).toMatchObject({ memberCount: 1, isMember: false, members: null });

    const outsider = await makeUser(t.database);
    const enrolOutsider = await pilot.put(`${api}/subgroups/${id}/members/${outsider.id}`, {});
    expect(enrolOutsider.statusCode).toBe(400);

    const renamed = await pilot.put(`${api}/subgroups/${id}`, {
      name: 'Sanitaire (MCO)',
      description: 'Hôpitaux et cliniques',
    });
    expect(renamed.json()).toMatchObject({ name: 'Sanitaire (MCO)', memberCount: 1 });
    expect(
      (await sanitaire.delete(`${api}/subgroups/${id}/members/${ids.sanitaire}`)).statusCode,
    ).toBe(204);
    expect((await pilot.delete(`${api}/subgroups/${id}`)).statusCode).toBe(204);
    expect((await pilot.get(`${api}/subgroups`)).json()).toEqual([]);
  });

  it('have their own meetings, whose reminder goes to the sub-group only, once', async () => {
    const id = await createGroup('Médico-social');
    await medicoSocial.put(`${api}/subgroups/${id}/members/${ids.medicoSocial}`, {});

    // A meeting at 14:30 Paris time, two days after the test clock's today.
    const inTwoDays = new Date(t.clock.now().getTime() + 48 * 3_600_000);
    const date = inTwoDays.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    const body = {
      title: 'Sous-groupe médico-social',
      date,
      start: '14:30',
      end: '16:00',
      mode: 'a_definir',
      link: '',
      place: '',
      agenda: '',
      minutes: '',
    };
    const other = (await makeCommunity(t.database, { pilotId: ids.pilot })).slug;
    const foreign = (
      await pilot.post(`/api/communities/${other}/subgroups`, { name: 'Ailleurs', description: '' })
    ).json().id;
    const wrong = await pilot.post(`${api}/meetings`, { ...body, subgroupId: foreign });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([
      { path: 'subgroupId', message: 'Ce sous-groupe n’appartient pas à cette communauté.' },
    ]);
    const created = await pilot.post(`${api}/meetings`, { ...body, subgroupId: id });
    expect(created.statusCode).toBe(201);
    expect(created.json().subgroupId).toBe(id);

    const service = meetingsServiceOf(t);
    expect(await service.sendReminders(t.clock.now())).toBe(0); // over 24 h ahead: too early
    const untilStart = parisTime(date, '14:30').getTime() - t.clock.now().getTime();
    t.clock.advanceMinutes(Math.ceil(untilStart / 60_000) - 12 * 60);
    expect(await service.sendReminders(t.clock.now())).toBe(1);
    expect(await service.sendReminders(t.clock.now())).toBe(0);

    // Sessions expired while the clock moved on: sign in again to read the outbox.
    admin = await signedIn(adminEmail);
    const outbox = (await admin.get('/api/admin/outbox?pageSize=100')).json().items as {
      to: string;
      subject: string;
    }[];
    // The invitation (at creation) and the reminder: both to the sub-group only.
    const sent = (kind: string) =>
      outbox
        .filter((m) => m.subject.includes(`${kind}, Sous-groupe médico-social`))
        .map((m) => m.to);
    expect(sent('rappel')).toEqual([emails.medicoSocial]);
    expect(sent('invitation')).toEqual([emails.medicoSocial]);
  });
});
