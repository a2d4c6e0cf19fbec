import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs one or more SQL statements without parameters (dump restore, maintenance). */
  exec(sqlText: string): Promise<void>;
  /** Runs a read query without parameters and returns plain rows. */
  rows<T = Record<string, unknown>>(sqlText: string): Promise<T[]>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../drizzle',
);

export interface DatabaseOptions {
  /** postgres://… for a PostgreSQL server; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; `undefined` or 'memory://' keeps the database in memory. */
  pgliteDir?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.pgliteDir);
}

async function openPglite(dir: string | undefined): Promise<Database> {
  const onDisk = dir !== undefined && !dir.startsWith('memory://');
  const fresh = onDisk && !existsSync(path.join(dir, 'PG_VERSION'));
  if (onDisk) mkdirSync(dir, { recursive: true });
  let client = dir ? new PGlite(dir) : new PGlite();
  await client.waitReady;
  if (fresh) {
    // initdb grows PGlite's WebAssembly memory to ~800 MB and WebAssembly memory never shrinks:
    // reopening the new cluster gives it back (measured: 840 → 295 MB RSS).
    await client.close();
    client = new PGlite(dir);
    await client.waitReady;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    exec: async (sqlText) => {
      try {
        await client.exec(sqlText);
      } catch (err) {
        await client.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    },
    rows: async <T>(sqlText: string) => (await client.query<T>(sqlText)).rows,
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    exec: async (sqlText) => {
      // One connection for the whole script, rolled back on failure so that a half-applied
      // explicit transaction never goes back to the pool.
      const connection = await pool.connect();
      try {
        await connection.query(sqlText);
      } catch (err) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        connection.release();
      }
    },
    rows: async <T>(sqlText: string) => (await pool.query(sqlText)).rows as T[],
    migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => pool.end(),
  };
}
