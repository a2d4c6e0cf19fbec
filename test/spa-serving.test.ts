import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase } from './support/test-database';
import type { Database } from '../src/server/db/client';

let app: FastifyInstance;
let database: Database;
let webDir: string;
beforeAll(async () => {
  webDir = mkdtempSync(path.join(tmpdir(), 'binome-web-'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(
    path.join(webDir, 'index.html'),
    '<!doctype html><html lang="fr"><title>Binôme</title></html>',
  );
  writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log("binome")');
  database = await createTestDatabase();
  app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    database,
    webDir,
    logger: false,
  });
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('serving the SPA', () => {
  it('serves assets, and index.html for client-side routes', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).body).toContain('binome');
    for (const url of ['/', '/etablissements/nouveau', '/une/page/inconnue']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('<title>Binôme</title>');
    }
  });

  it('keeps problem+json 404s for unknown API paths, translated', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().title).toBe('This resource does not exist or is no longer available.');
  });

  it('sends security headers (CSP, no framing)', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
