import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/server/config';
import { DEMO_ACCOUNTS, DEMO_ESTABLISHMENTS, DEMO_PASSWORD } from '../src/server/demo/demo-data';
import { DEMO_PARTNERSHIP_PEOPLE } from '../src/server/demo/seed-demo-partnership';
import { startServer } from '../src/server/start';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'binome-start-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Logs in through real HTTP, as a browser would (CSRF cookie + header). */
async function httpLogin(url: string, email: string, password: string) {
  const session = await fetch(`${url}/api/auth/session`);
  const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrf,
      cookie: `binome_csrf=${csrf}`,
    },
    body: JSON.stringify({ email, password }),
  });
  const sessionCookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('binome_session='))
    ?.split(';')[0];
  return { status: res.status, cookie: `${sessionCookie}; binome_csrf=${csrf}`, csrf };
}

describe('configuration', () => {
  it('production mode refuses to start without SESSION_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ BINOME_MODE: 'production', SESSION_SECRET: 'court' })).toThrow(/32/);
    expect(loadConfig({ BINOME_MODE: 'production', SESSION_SECRET: 'x'.repeat(40) }).mode).toBe(
      'production',
    );
  });

  it('defaults to demo mode on PGlite in ./data, port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'demo',
      port: 3000,
      databaseUrl: undefined,
      publicUrl: 'http://localhost:3000',
    });
    expect(config.pgliteDir).toBe(path.resolve('data', 'pglite'));
    expect(loadConfig({ PUBLIC_URL: 'https://binome.example.org' }).cookieSecure).toBe(true);
  });
});

describe('start-up', () => {
  it('loads the demo data on the first start only; the demo admin can log in', async () => {
    const dataDir = tempDir();
    const first = await startServer({
      port: 0,
      dataDir,
      demo: true,
      logger: false,
      webDir: dataDir,
    });
    expect(first.seeded).toBe(true);
    const login = await httpLogin(first.url, 'admin@demo.binome.fr', DEMO_PASSWORD);
    expect(login.status).toBe(200);
    const counts = async (s: typeof first) =>
      s.database.rows<{ users: number; establishments: number }>(
        'SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM establishments) AS establishments',
      );
    const before = await counts(first);
    expect(before[0]).toEqual({
      users: DEMO_ACCOUNTS.length + DEMO_PARTNERSHIP_PEOPLE.length,
      establishments: DEMO_ESTABLISHMENTS.length,
    });
    await first.close();

    const second = await startServer({
      port: 0,
      dataDir,
      demo: true,
      logger: false,
      webDir: dataDir,
    });
    expect(second.seeded).toBe(false);
    expect(await counts(second)).toEqual(before);
    await second.close();
  });

  it('production mode creates no demo account', async () => {
    const dataDir = tempDir();
    const server = await startServer({
      port: 0,
      dataDir,
      demo: false,
      logger: false,
      webDir: dataDir,
      env: { SESSION_SECRET: 'a-production-secret-of-enough-length-1234' },
    });
    try {
      expect(server.seeded).toBe(false);
      expect((await httpLogin(server.url, 'admin@demo.binome.fr', DEMO_PASSWORD)).status).toBe(401);
      expect(await server.database.rows('SELECT id FROM users')).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('SIGTERM closes cleanly and a restart finds everything written before', async () => {
    const dataDir = tempDir();
    const port = 38_000 + Math.floor(Math.random() * 2000);
    const url = `http://127.0.0.1:${port}`;
    const launch = () => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          DATABASE_URL: '',
          LOG_LEVEL: 'warn',
          BINOME_MODE: 'demo',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const ready = new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('Binôme (mode démo)')) resolve(out);
        });
        child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      return { child, ready, exited };
    };

    const first = launch();
    const banner = await first.ready;
    expect(banner).toContain('admin@demo.binome.fr');
    const { cookie, csrf } = await httpLogin(url, 'admin@demo.binome.fr', DEMO_PASSWORD);
    const created = await fetch(`${url}/api/establishments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie },
      body: JSON.stringify({
        name: 'Écrit avant l’arrêt',
        finess: '440000289',
        sector: 'sanitaire',
        department: '44',
        region: 'pays-de-la-loire',
      }),
    });
    expect(created.status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = launch();
    const secondBanner = await second.ready;
    expect(secondBanner).not.toContain('mot de passe commun');
    // The session survives too: sessions live in the database.
    const list = await fetch(`${url}/api/establishments?q=arr%C3%AAt`, { headers: { cookie } });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { total: number }).total).toBe(1);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 90_000);
});
