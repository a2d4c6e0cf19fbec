import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from './support/test-app';
import { makeEstablishment } from './factories/establishments';
import { makeUser, TEST_PASSWORD } from './factories/users';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function loggedIn(overrides: Parameters<typeof makeUser>[1] = {}) {
  const user = await makeUser(t.database, overrides);
  const client = new TestClient(t.app);
  await client.login(user.email, TEST_PASSWORD);
  return { user, client };
}

describe('profile', () => {
  it('updates name, role category, organisation, sectors and language', async () => {
    const { client } = await loggedIn();
    const res = await client.patch('/api/me', {
      name: '  Jeanne Martin-Test ',
      roleCategory: 'paramedical',
      organisation: 'EHPAD Les Tilleuls',
      sectors: ['ehpad', 'ssiad', 'ehpad'],
      language: 'en',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Jeanne Martin-Test',
      roleCategory: 'paramedical',
      organisation: 'EHPAD Les Tilleuls',
      sectors: ['ehpad', 'ssiad'],
      language: 'en',
    });
    const invalid = await client.patch('/api/me', {
      name: '',
      roleCategory: 'chef',
      organisation: null,
      sectors: ['lune'],
      language: 'de',
    });
    expect(
      invalid
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['language', 'name', 'roleCategory', 'sectors.0']);
  });

  it('changes the password only with the current one and a strong new one', async () => {
    const { user, client } = await loggedIn();
    const wrong = await client.post('/api/me/password', {
      currentPassword: 'pas-le-bon',
      newPassword: 'Tout-Nouveau-9-Passe',
    });
    expect(wrong.json().errors[0].path).toBe('currentPassword');
    const weak = await client.post('/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'aaaaaaaaaaaa',
    });
    expect(weak.json().errors[0].message).toContain('trois types');
    expect(
      (
        await client.post('/api/me/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'Tout-Nouveau-9-Passe',
        })
      ).statusCode,
    ).toBe(204);
    expect((await new TestClient(t.app).login(user.email, 'Tout-Nouveau-9-Passe')).statusCode).toBe(
      200,
    );
  });

  it('exports all personal data as JSON, and records the export', async () => {
    const est = await makeEstablishment(t.database, { name: 'CH Export' });
    const { user, client } = await loggedIn({
      name: 'Export Test',
      links: [{ establishmentId: est.id, role: 'user_representative' }],
    });
    const res = await client.get('/api/me/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.json();
    expect(data.profile).toMatchObject({
      email: user.email,
      name: 'Export Test',
      establishments: [{ name: 'CH Export', role: 'user_representative' }],
    });
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.activity.map((a: { action: string }) => a.action)).toContain('auth.login');
    expect(JSON.stringify(data)).not.toContain('argon2');
    const admin = await loggedIn({ platformRole: 'admin' });
    const audit = (await admin.client.get('/api/admin/audit?action=user.exported')).json();
    expect(audit.items.some((e: { targetId: string }) => e.targetId === user.id)).toBe(true);
  });

  it('deletes the account after password confirmation; the person can no longer log in', async () => {
    const { user, client } = await loggedIn();
    expect((await client.delete('/api/me', { password: 'mauvais' })).statusCode).toBe(400);
    expect((await client.delete('/api/me', { password: TEST_PASSWORD })).statusCode).toBe(204);
    expect((await client.get('/api/me')).statusCode).toBe(401);
    expect((await new TestClient(t.app).login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    const admin = await loggedIn({ platformRole: 'admin' });
    const deleted = (await admin.client.get('/api/admin/audit?action=user.deleted')).json().items;
    expect(
      deleted.some(
        (e: { targetId: string; actorId: string | null }) =>
          e.targetId === user.id && e.actorId === null,
      ),
    ).toBe(true);
  });

  it('keeps at least one administrator', async () => {
    const fresh = await createTestApp();
    try {
      const admin = await makeUser(fresh.database, { platformRole: 'admin' });
      const client = new TestClient(fresh.app);
      await client.login(admin.email, TEST_PASSWORD);
      expect((await client.delete('/api/me', { password: TEST_PASSWORD })).json().code).toBe(
        'lastAdmin',
      );
      expect(
        (await client.patch(`/api/users/${admin.id}/role`, { platformRole: 'member' })).json().code,
      ).toBe('lastAdmin');
      expect((await client.get('/api/me')).statusCode).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});
