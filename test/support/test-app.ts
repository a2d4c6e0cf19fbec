import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import { loadConfig, type Config } from '../../src/server/config';
import type { Database } from '../../src/server/db/client';
import type { Clock } from '../../src/server/lib/clock';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  clock: MutableClock;
  close(): Promise<void>;
}

export class MutableClock implements Clock {
  private offsetMs = 0;
  now() {
    return new Date(Date.now() + this.offsetMs);
  }
  advanceMinutes(minutes: number) {
    this.offsetMs += minutes * 60_000;
  }
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // Uploaded files go to a throw-away folder, removed on close.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'binome-test-data-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    BINOME_MODE: 'demo',
    PUBLIC_URL: 'http://localhost:3000',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOG_LEVEL: 'silent',
    // Background jobs do not poll in tests: a test runs them with `app.jobs.drain()`.
    BACKGROUND_JOBS: 'false',
    ...env,
  });
  const clock = new MutableClock();
  const app = await buildApp({ config, database, clock, logger: false });
  await app.ready();
  return {
    app,
    database,
    config,
    clock,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A browser-like client for app.inject: keeps cookies, fetches the CSRF token and sends it on
 * state-changing requests, like the SPA does.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    private readonly language = 'fr',
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(response: LightMyRequestResponse) {
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async csrf(): Promise<string> {
    if (!this.csrfToken) {
      const response = await this.request({ method: 'GET', url: '/api/auth/session' });
      this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    }
    return this.csrfToken;
  }

  async request(
    options: InjectOptions & { withoutCsrf?: boolean },
  ): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {
      'accept-language': this.language,
      ...(options.headers as Record<string, string> | undefined),
    };
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method) && !options.withoutCsrf) {
      headers['x-csrf-token'] = await this.csrf();
    }
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    const response = await this.app.inject({ ...options, headers });
    this.remember(response);
    return response;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: object) =>
    this.request({ method: 'POST', url, payload: payload ?? {} });
  patch = (url: string, payload: object) => this.request({ method: 'PATCH', url, payload });
  put = (url: string, payload: object) => this.request({ method: 'PUT', url, payload });
  delete = (url: string, payload?: object) =>
    this.request({ method: 'DELETE', url, ...(payload ? { payload } : {}) });

  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    return this.post('/api/auth/login', { email, password });
  }
}
