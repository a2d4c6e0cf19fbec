import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dumpDatabase,
  restoreDatabase,
  RestoreError,
  tablesInOrder,
} from '../src/server/db/backup';
import { seedDemo } from '../src/server/demo/seed-demo';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { createTestApp, TestClient, type TestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';
import { makeUser, TEST_PASSWORD } from './factories/users';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db);
  // Data of every kind: arrays, JSON, nulls, quotes, accents, timestamps with microseconds.
  const user = await makeUser(t.database, { platformRole: 'admin', name: "Zoé O'Brien « test »" });
  const c = new TestClient(t.app);
  await c.login(user.email, TEST_PASSWORD);
  await c.patch('/api/me', {
    name: "Zoé O'Brien « test »",
    roleCategory: null,
    organisation: 'Ligne 1\nLigne 2',
    sectors: ['ehpad', 'ssiad'],
    language: 'fr',
  });
  await c.post('/api/invitations', { email: 'sauvegarde@exemple.fr', platformRole: 'pilot' });
  await t.database.exec(
    `UPDATE audit_events SET at = '2026-01-02 03:04:05.123456+00' WHERE action = 'auth.login'`,
  );
});
afterAll(() => t.close());

async function snapshot(database: TestApp['database']) {
  const out: Record<string, unknown[]> = {};
  for (const table of tablesInOrder()) {
    const { name } = getTableConfig(table);
    out[name] = await database.rows(
      `SELECT to_jsonb(t) AS r FROM "${name}" t ORDER BY to_jsonb(t)::text`,
    );
  }
  return out;
}

describe('backup and restore', () => {
  it('a backup restored into a fresh database reproduces the data exactly', async () => {
    const dump = await dumpDatabase(t.database);
    expect(dump).toContain('INSERT INTO "users"');
    const fresh = await createTestDatabase();
    try {
      await restoreDatabase(fresh, dump);
      const [before, after] = await Promise.all([snapshot(t.database), snapshot(fresh)]);
      expect(after).toEqual(before);
      expect((after.users ?? []).length).toBeGreaterThan(5);
      // Dumping the restored database gives the same file, but for its creation time.
      const withoutDate = (text: string) => text.replace(/^-- created: .*$/m, '');
      expect(withoutDate(await dumpDatabase(fresh))).toEqual(withoutDate(dump));
    } finally {
      await fresh.close();
    }
  });

  it('refuses to restore over existing data unless forced', async () => {
    const dump = await dumpDatabase(t.database);
    const target = await createTestDatabase();
    try {
      await makeUser(target);
      await expect(restoreDatabase(target, dump)).rejects.toBeInstanceOf(RestoreError);
      await restoreDatabase(target, dump, true);
      expect(await snapshot(target)).toEqual(await snapshot(t.database));
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a Binôme backup and leaves the database untouched', async () => {
    const target = await createTestDatabase();
    try {
      await expect(restoreDatabase(target, 'DROP TABLE users;')).rejects.toThrow(
        /sauvegarde Binôme/,
      );
      const broken = `${(await dumpDatabase(t.database)).replace('COMMIT;', '')}INSERT INTO "users" ("id") VALUES ('pas-un-uuid');\nCOMMIT;`;
      await expect(restoreDatabase(target, broken)).rejects.toThrow();
      expect((await target.rows<{ c: number }>('SELECT count(*)::int AS c FROM users'))[0]?.c).toBe(
        0,
      );
    } finally {
      await target.close();
    }
  });
});
