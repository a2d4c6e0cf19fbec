import { readdirSync } from 'node:fs';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client';
import { MIGRATIONS_FOLDER } from './client';
import * as schema from './schema';

// Plain-SQL, data-only backups that PGlite and PostgreSQL both read. The schema itself comes
// from the migrations: `restore` migrates the target first, then replays the INSERTs.
// Every value goes through its text form (quote_nullable(col::text)), which PostgreSQL parses
// back into the same value for every column type we use (timestamps keep their microseconds
// and offset, arrays and JSON their exact content).

export const BACKUP_HEADER = '-- Binôme backup format 1';
const BATCH = 500;

/** Tables in foreign-key order (parents first), as exported by schema/index.ts. */
export function tablesInOrder(): PgTable[] {
  return (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
    is(value, PgTable),
  );
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

function latestMigrationTag(): string {
  const files = readdirSync(MIGRATIONS_FOLDER)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return files.at(-1)?.replace(/\.sql$/, '') ?? 'none';
}

export async function dumpDatabase(database: Database): Promise<string> {
  const out: string[] = [
    BACKUP_HEADER,
    `-- migration: ${latestMigrationTag()}`,
    `-- created: ${new Date().toISOString()}`,
    'BEGIN;',
  ];
  for (const table of tablesInOrder()) {
    const { name, columns } = getTableConfig(table);
    const columnNames = columns.map((c) => c.name);
    const values = columnNames
      .map((c) => `quote_nullable(${quoteIdent(c)}::text)`)
      .join(` || ', ' || `);
    const order = columnNames.map(quoteIdent).join(', ');
    const rows = await database.rows<{ v: string }>(
      `SELECT '(' || ${values} || ')' AS v FROM ${quoteIdent(name)} ORDER BY ${order}`,
    );
    out.push(`-- ${name}: ${rows.length}`);
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH).map((r) => r.v);
      out.push(
        `INSERT INTO ${quoteIdent(name)} (${columnNames.map(quoteIdent).join(', ')}) VALUES\n${batch.join(',\n')};`,
      );
    }
  }
  out.push('COMMIT;', '');
  return out.join('\n');
}

export class RestoreError extends Error {}

/** Tables a migration fills with defaults: a fresh database is "empty" with them, and the dump replaces them. */
const MIGRATION_SEEDED_TABLES = new Set(['partnership_domains', 'experience_themes']);

/**
 * Restores a dump into a migrated database. The target must be empty, unless `force` is set,
 * in which case every table is emptied first (in the same transaction as the restore).
 */
export async function restoreDatabase(
  database: Database,
  dump: string,
  force = false,
): Promise<void> {
  if (!dump.startsWith(BACKUP_HEADER)) {
    throw new RestoreError('Ce fichier n’est pas une sauvegarde Binôme (en-tête absent).');
  }
  await database.migrate();
  const names = tablesInOrder().map((t) => getTableConfig(t).name);
  const counts = await Promise.all(
    names.map(
      async (n) =>
        (await database.rows<{ c: number }>(`SELECT count(*)::int AS c FROM ${quoteIdent(n)}`))[0]
          ?.c ?? 0,
    ),
  );
  const nonEmpty = names.filter((n, i) => (counts[i] ?? 0) > 0 && !MIGRATION_SEEDED_TABLES.has(n));
  if (nonEmpty.length > 0 && !force) {
    throw new RestoreError(
      `La base cible n’est pas vide (${nonEmpty.join(', ')}). Restaurez dans une base neuve, ou ajoutez --force pour la vider d’abord.`,
    );
  }
  const body = dump.replace(/^BEGIN;$/m, '').replace(/^COMMIT;$/m, '');
  const emptied = force ? names : [...MIGRATION_SEEDED_TABLES];
  const truncate = `TRUNCATE ${emptied.map(quoteIdent).join(', ')} CASCADE;\n`;
  await database.exec(`BEGIN;\n${truncate}${body}\nCOMMIT;`);
}
