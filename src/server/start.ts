import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { openDatabase, type Database } from './db/client';
import { seedDemo } from './demo/seed-demo';

export const DEFAULT_WEB_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/web',
);

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  config: Config;
  database: Database;
  /** True when this start loaded the demo data (first start). */
  seeded: boolean;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Overrides of environment variables (PORT, DATA_DIR, DATABASE_URL, BINOME_MODE, …). */
  env?: Record<string, string | undefined>;
  port?: number;
  dataDir?: string;
  databaseUrl?: string;
  demo?: boolean;
  webDir?: string;
  logger?: boolean;
}

/** Migrates, seeds the demo data in demo mode (first start only), then serves API + SPA. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  // Port 0 asks for any free port; it is picked before the config is built so that links in
  // e-mails (PUBLIC_URL) carry the real one.
  if (options.port !== undefined)
    env.PORT = String(options.port === 0 ? await freePort() : options.port);
  if (options.dataDir !== undefined) env.DATA_DIR = options.dataDir;
  if (options.databaseUrl !== undefined) env.DATABASE_URL = options.databaseUrl;
  if (options.demo !== undefined) env.BINOME_MODE = options.demo ? 'demo' : 'production';
  const config = loadConfig(env);

  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.pgliteDir,
  });
  let app: FastifyInstance | undefined;
  try {
    await database.migrate();
    const seeded = config.mode === 'demo' ? await seedDemo(database.db) : false;
    app = await buildApp({
      config,
      database,
      webDir: options.webDir ?? DEFAULT_WEB_DIR,
      logger: options.logger,
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    const running = app;
    return {
      url,
      app: running,
      config,
      database,
      seeded,
      async close() {
        await running.close();
        await database.close();
      },
    };
  } catch (err) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw err;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
