import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from './support/test-app';
import { makeEstablishment } from './factories/establishments';
import { makeUser, TEST_PASSWORD } from './factories/users';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  const user = await makeUser(t.database, { platformRole: 'admin', name: 'Alix Admin' });
  admin = new TestClient(t.app);
  await admin.login(user.email, TEST_PASSWORD);
});
afterAll(() => t.close());

async function tokenSentTo(email: string) {
  const mails = (await admin.get('/api/admin/outbox?pageSize=100')).json().items as {
    to: string;
    text: string;
    subject: string;
  }[];
  const mail = mails.find((m) => m.to === email);
  return { mail, token: /token=([\w-]+)/.exec(mail?.text ?? '')?.[1] ?? '' };
}

describe('invitations', () => {
  it('invites a member by e-mail, who joins the establishment with the invited role', async () => {
    const est = await makeEstablishment(t.database, { name: 'Clinique Invitée' });
    const created = await admin.post('/api/invitations', {
      email: 'Nouvelle.Personne@Exemple.fr',
      platformRole: 'member',
      establishmentId: est.id,
      establishmentRole: 'user_representative',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: 'nouvelle.personne@exemple.fr',
      establishmentName: 'Clinique Invitée',
    });

    const { mail, token } = await tokenSentTo('nouvelle.personne@exemple.fr');
    expect(mail?.subject).toContain('invité');
    expect(mail?.text).toContain('Alix Admin');
    expect(mail?.text).toContain('Clinique Invitée');

    const visitor = new TestClient(t.app);
    const preview = await visitor.get(`/api/auth/invitations/${token}`);
    expect(preview.json()).toMatchObject({
      email: 'nouvelle.personne@exemple.fr',
      establishmentRole: 'user_representative',
    });

    const weak = await visitor.post('/api/auth/invitations/accept', {
      token,
      name: 'Nadia',
      password: 'abc',
    });
    expect(weak.statusCode).toBe(400);

    const accepted = await visitor.post('/api/auth/invitations/accept', {
      token,
      name: 'Nadia Personne',
      password: 'Une-Phrase-de-passe-1',
      roleCategory: 'representant_usagers',
      sectors: ['sanitaire'],
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user.establishments).toEqual([
      { id: est.id, name: 'Clinique Invitée', role: 'user_representative' },
    ]);
    expect((await visitor.get('/api/me')).json()).toMatchObject({
      name: 'Nadia Personne',
      roleCategory: 'representant_usagers',
    });

    const again = await new TestClient(t.app).post('/api/auth/invitations/accept', {
      token,
      name: 'X',
      password: 'Une-Phrase-de-passe-1',
    });
    expect(again.json().code).toBe('invalidToken');
  });

  it('refuses to invite an address that already has an account', async () => {
    const existing = await makeUser(t.database);
    const res = await admin.post('/api/invitations', {
      email: existing.email,
      platformRole: 'member',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe('email');
  });

  it('requires an establishment and a role together', async () => {
    const est = await makeEstablishment(t.database);
    const res = await admin.post('/api/invitations', {
      email: 'solo@exemple.fr',
      establishmentId: est.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'establishmentRole' });
  });

  it('a revoked or expired invitation can no longer be used', async () => {
    const revokedRes = await admin.post('/api/invitations', {
      email: 'revoque@exemple.fr',
      platformRole: 'member',
    });
    const { token: revokedToken } = await tokenSentTo('revoque@exemple.fr');
    expect((await admin.delete(`/api/invitations/${revokedRes.json().id}`)).statusCode).toBe(204);
    expect(
      (await new TestClient(t.app).get(`/api/auth/invitations/${revokedToken}`)).statusCode,
    ).toBe(400);

    await admin.post('/api/invitations', { email: 'expire@exemple.fr', platformRole: 'member' });
    const { token } = await tokenSentTo('expire@exemple.fr');
    t.clock.advanceMinutes(8 * 24 * 60);
    const res = await new TestClient(t.app).post('/api/auth/invitations/accept', {
      token,
      name: 'Trop Tard',
      password: 'Une-Phrase-de-passe-1',
    });
    expect(res.json().code).toBe('invalidToken');
  });
});
