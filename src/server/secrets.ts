import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Config } from './config';
import type { Db } from './db/client';
import { appMeta } from './db/schema';

/**
 * The secret that keys token hashes and CSRF signatures. Production requires SESSION_SECRET;
 * demo mode generates one on first start and keeps it in the database, so that sessions survive
 * a restart and several instances on one database agree.
 */
export async function resolveSessionSecret(config: Config, db: Db): Promise<string> {
  if (config.sessionSecret) return config.sessionSecret;
  const [existing] = await db.select().from(appMeta).where(eq(appMeta.key, 'session_secret'));
  if (existing) return existing.value;
  const generated = randomBytes(48).toString('base64url');
  await db
    .insert(appMeta)
    .values({ key: 'session_secret', value: generated })
    .onConflictDoNothing();
  const [stored] = await db.select().from(appMeta).where(eq(appMeta.key, 'session_secret'));
  return stored?.value ?? generated;
}
