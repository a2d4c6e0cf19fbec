import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/support/test-app';
import { makeCommunity } from '../../../../test/factories/communities';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories/users';

let t: TestApp;
let admin: TestClient;

async function signedIn(email: string) {
  const client = new TestClient(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn((await makeUser(t.database, { platformRole: 'admin' })).email);
});
afterAll(() => t.close());

const auditOf = async (action: string) =>
  (await admin.get(`/api/admin/audit?action=${action}&pageSize=100`)).json().items as {
    actorId: string;
    targetId: string;
    details: Record<string, unknown>;
  }[];

describe('member roles', () => {
  it('a pilot appoints a co-pilot, who can then hand over; the last pilot stays', async () => {
    const first = await makeUser(t.database, { name: 'Anaïs Pilote' });
    const second = await makeUser(t.database, { name: 'Bruno Membre' });
    const community = await makeCommunity(t.database, {
      pilotId: first.id,
      memberIds: [second.id],
    });
    const api = `/api/communities/${community.slug}`;
    const pilot = await signedIn(first.email);
    const member = await signedIn(second.email);

    expect(
      (await member.put(`${api}/members/${first.id}/role`, { role: 'member' })).statusCode,
    ).toBe(403);
    const lastPilot = await pilot.put(`${api}/members/${first.id}/role`, { role: 'member' });
    expect(lastPilot.statusCode).toBe(409);
    expect(lastPilot.json().title).toBe(
      'La communauté doit garder au moins un pilote : nommez-en un autre d’abord.',
    );

    expect(
      (await pilot.put(`${api}/members/${second.id}/role`, { role: 'pilot' })).statusCode,
    ).toBe(204);
    expect((await member.get(api)).json().viewer).toMatchObject({ role: 'pilot', canEdit: true });
    // The new pilot steps the first one back; the first may now leave.
    expect(
      (await member.put(`${api}/members/${first.id}/role`, { role: 'member' })).statusCode,
    ).toBe(204);
    expect((await pilot.delete(`${api}/membership`)).statusCode).toBe(204);

    const changes = (await auditOf('user.role_changed')).filter((e) => e.targetId === community.id);
    expect(changes.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { userId: second.id, from: 'member', to: 'pilot' },
        { userId: first.id, from: 'pilot', to: 'member' },
      ]),
    );
  });

  it('a pilot removes a member, from the community and its sub-groups', async () => {
    const owner = await makeUser(t.database);
    const leaving = await makeUser(t.database);
    const community = await makeCommunity(t.database, {
      pilotId: owner.id,
      memberIds: [leaving.id],
    });
    const api = `/api/communities/${community.slug}`;
    const pilot = await signedIn(owner.email);
    const group = (
      await pilot.post(`${api}/subgroups`, { name: 'Médico-social', description: '' })
    ).json() as { id: string };
    await pilot.put(`${api}/subgroups/${group.id}/members/${leaving.id}`, {});

    expect((await pilot.delete(`${api}/members/${owner.id}`)).statusCode).toBe(409);
    expect((await pilot.delete(`${api}/members/${leaving.id}`)).statusCode).toBe(204);
    expect((await pilot.delete(`${api}/members/${leaving.id}`)).statusCode).toBe(404);
    const members = (await pilot.get(`${api}/members`)).json() as { person: { id: string } }[];
    expect(members.map((m) => m.person.id)).toEqual([owner.id]);
    const [subgroup] = (await pilot.get(`${api}/subgroups`)).json();
    expect(subgroup.memberCount).toBe(0);

    const removal = (await auditOf('community.member_left')).find(
      (e) => e.targetId === community.id,
    );
    expect(removal).toMatchObject({
      actorId: owner.id,
      details: { userId: leaving.id, removedBy: owner.id },
    });
  });
});
