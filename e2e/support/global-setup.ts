import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../src/server/start';
import { buildWebIfStale } from './build-web';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the SPA if needed, then starts the real app on a free port with the demo data. */
export default async function setup(project: TestProject) {
  await buildWebIfStale(root);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'binome-e2e-'));
  const server = await startServer({
    port: 0,
    dataDir,
    databaseUrl: process.env.E2E_DATABASE_URL,
    demo: true,
    logger: false,
    env: { HOST: '127.0.0.1', LOG_LEVEL: 'warn', SMTP_URL: undefined, NODE_ENV: 'test' },
  });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
