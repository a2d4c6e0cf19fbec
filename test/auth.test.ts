import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { createTestApp, TestClient, type TestApp } from './support/test-app';
import { makeUser, TEST_PASSWORD } from './factories/users';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
});
afterAll(() => t.close());

async function outboxFor(email: string) {
  const admin = await makeUser(t.database, { platformRole: 'admin' });
  const c = new TestClient(t.app);
  await c.login(admin.email, TEST_PASSWORD);
  const page = (await c.get('/api/admin/outbox?pageSize=100')).json() as {
    items: { to: string; text: string }[];
  };
  return page.items.filter((m) => m.to === email);
}

describe('login and sessions', () => {
  it('logs in with the right password, sets an httpOnly SameSite cookie, and knows the user', async () => {
    const user = await makeUser(t.database, { name: 'Alice Test' });
    const c = new TestClient(t.app);
    const res = await c.login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((k) => k.name === 'binome_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const session = (await c.get('/api/auth/session')).json();
    expect(session.user).toMatchObject({
      email: user.email,
      name: 'Alice Test',
      platformRole: 'member',
    });
  });

  it('refuses a wrong password with a message in the request language', async () => {
    const user = await makeUser(t.database);
    const fr = await new TestClient(t.app, 'fr').login(user.email, 'Wrong-password-1');
    expect(fr.statusCode).toBe(401);
    expect(fr.headers['content-type']).toContain('application/problem+json');
    expect(fr.json().title).toBe('Adresse e-mail ou mot de passe incorrect.');
    const en = await new TestClient(t.app, 'en-GB,en;q=0.9').login(user.email, 'Wrong-password-1');
    expect(en.json().title).toBe('Wrong e-mail address or password.');
  });

  it('locks the account after repeated failures, even for the right password, then unlocks', async () => {
    const user = await makeUser(t.database);
    const c = new TestClient(t.app);
    expect((await c.login(user.email, 'nope-1')).statusCode).toBe(401);
    expect((await c.login(user.email, 'nope-2')).statusCode).toBe(401);
    const locked = await c.login(user.email, 'nope-3');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().title).toContain('15 minutes');
    expect((await c.login(user.email, TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advanceMinutes(16);
    expect((await c.login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('records login failures and lock-outs in the audit log', async () => {
    const admin = await makeUser(t.database, { platformRole: 'admin' });
    const c = new TestClient(t.app);
    await c.login(admin.email, TEST_PASSWORD);
    const audit = (await c.get('/api/admin/audit?action=auth.locked')).json();
    expect(audit.total).toBeGreaterThanOrEqual(1);
    const failures = (await c.get('/api/admin/audit?action=auth.login_failed')).json();
    expect(failures.total).toBeGreaterThanOrEqual(3);
  });

  it('rejects state-changing requests without a valid CSRF token', async () => {
    const user = await makeUser(t.database);
    const c = new TestClient(t.app);
    const none = await c.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      withoutCsrf: true,
    });
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe('csrf');
    await c.csrf();
    const forged = await c.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      withoutCsrf: true,
      headers: { 'x-csrf-token': 'forged.value' },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('logout ends the session on the server', async () => {
    const user = await makeUser(t.database);
    const c = new TestClient(t.app);
    const login = await c.login(user.email, TEST_PASSWORD);
    const sessionCookie = login.cookies.find((k) => k.name === 'binome_session')?.value;
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    const replay = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `binome_session=${sessionCookie}` },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('shares sessions between two app instances on the same database', async () => {
    const user = await makeUser(t.database);
    const c = new TestClient(t.app);
    const login = await c.login(user.email, TEST_PASSWORD);
    const sessionCookie = login.cookies.find((k) => k.name === 'binome_session')?.value;
    const second = await buildApp({ config: t.config, database: t.database, logger: false });
    const res = await second.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `binome_session=${sessionCookie}` },
    });
    await second.close();
    expect(res.statusCode).toBe(200);
    expect(res.json().email).toBe(user.email);
  });
});

describe('password reset', () => {
  it('sends a single-use link that sets a new password and closes other sessions', async () => {
    const user = await makeUser(t.database);
    const other = new TestClient(t.app);
    await other.login(user.email, TEST_PASSWORD);

    const c = new TestClient(t.app);
    expect(
      (await c.post('/api/auth/password-reset/request', { email: user.email })).statusCode,
    ).toBe(202);
    const [mail] = await outboxFor(user.email);
    const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();

    const weak = await c.post('/api/auth/password-reset/confirm', { token, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({
      path: 'password',
      message: expect.stringContaining('12 caractères'),
    });

    expect(
      (await c.post('/api/auth/password-reset/confirm', { token, password: 'Nouveau-Mot-2-Passe' }))
        .statusCode,
    ).toBe(204);
    expect(
      (
        await c.post('/api/auth/password-reset/confirm', {
          token,
          password: 'Encore-Autre-3-Passe',
        })
      ).json().code,
    ).toBe('invalidToken');
    expect((await other.get('/api/me')).statusCode).toBe(401);
    expect((await c.login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await c.login(user.email, 'Nouveau-Mot-2-Passe')).statusCode).toBe(200);
  });

  it('answers the same for unknown addresses and sends nothing', async () => {
    const c = new TestClient(t.app);
    const res = await c.post('/api/auth/password-reset/request', { email: 'personne@inconnu.fr' });
    expect(res.statusCode).toBe(202);
    expect(await outboxFor('personne@inconnu.fr')).toHaveLength(0);
  });

  it('refuses an expired link', async () => {
    const user = await makeUser(t.database);
    const c = new TestClient(t.app);
    await c.post('/api/auth/password-reset/request', { email: user.email });
    const [mail] = await outboxFor(user.email);
    const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
    t.clock.advanceMinutes(61);
    const res = await c.post('/api/auth/password-reset/confirm', {
      token,
      password: 'Nouveau-Mot-2-Passe',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalidToken');
  });
});

describe('login rate limit', () => {
  it('answers 429 after too many attempts from one address for one account', async () => {
    const limited = await createTestApp({
      LOGIN_RATE_LIMIT_PER_MINUTE: '3',
      LOGIN_MAX_FAILURES: '50',
    });
    try {
      const c = new TestClient(limited.app);
      const codes: number[] = [];
      for (let i = 0; i < 4; i += 1) codes.push((await c.login('x@y.fr', `wrong-${i}`)).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
      // Another account from the same address is not blocked by it.
      expect((await c.login('z@y.fr', 'wrong')).statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });
});
