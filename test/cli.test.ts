import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main';
import { openDatabase } from '../src/server/db/client';
import { verifyPassword } from '../src/server/lib/passwords';

// The CLI reads its configuration from the environment, like in production.
const dirs: string[] = [];
const savedEnv = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
function useFreshDataDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'binome-cli-'));
  dirs.push(dir);
  process.env.DATA_DIR = dir;
  delete process.env.DATABASE_URL;
  return dir;
}
async function rows(dataDir: string, sqlText: string) {
  const database = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
  try {
    return await database.rows<Record<string, unknown>>(sqlText);
  } finally {
    await database.close();
  }
}
afterEach(() => vi.restoreAllMocks());
afterAll(() => {
  Object.assign(process.env, savedEnv);
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

// Each step opens a fresh PGlite cluster (initdb in WebAssembly, several seconds on 2 cores): the
// round trip took 11 s alone and 31 s with the other test files running, hence a wider limit.
describe('binome CLI', { timeout: 120_000 }, () => {
  it('migrate, seed-demo (idempotent), backup, then restore into a fresh database', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const source = useFreshDataDir();
    expect(await main(['migrate'])).toBe(0);
    expect(await main(['seed-demo'])).toBe(0);
    expect(log.mock.calls.flat().join('\n')).toContain('admin@demo.binome.fr');
    expect(await main(['seed-demo'])).toBe(0);
    expect(log.mock.calls.flat().join('\n')).toContain('déjà présentes');
    const file = path.join(source, 'sauvegarde.sql');
    expect(await main(['backup', file])).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^-- Binôme backup format 1/);

    const target = useFreshDataDir();
    expect(await main(['restore', file])).toBe(0);
    const query = 'SELECT email, password_hash, platform_role FROM users ORDER BY email';
    expect(await rows(target, query)).toEqual(await rows(source, query));

    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await main(['restore', file])).toBe(1);
    expect(error.mock.calls.flat().join('\n')).toContain('--force');
  });

  it('create-admin creates an administrator with the given password, or promotes an existing account', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const dir = useFreshDataDir();
    process.env.BINOME_ADMIN_PASSWORD = 'Un-Admin-Solide-2026';
    try {
      expect(
        await main(['create-admin', '--email', 'Chef@Exemple.fr', '--name', 'Chef Test']),
      ).toBe(0);
      expect(
        await main(['create-admin', '--email', 'chef@exemple.fr', '--name', 'Chef Test']),
      ).toBe(0);
    } finally {
      delete process.env.BINOME_ADMIN_PASSWORD;
    }
    const [admin] = await rows(
      dir,
      "SELECT platform_role, password_hash FROM users WHERE email = 'chef@exemple.fr'",
    );
    expect(admin?.platform_role).toBe('admin');
    expect(await verifyPassword(String(admin?.password_hash), 'Un-Admin-Solide-2026')).toBe(true);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await main(['create-admin', '--email', 'pas-une-adresse', '--name', 'X'])).toBe(2);
    expect(await main(['inconnue'])).toBe(2);
  });
});
