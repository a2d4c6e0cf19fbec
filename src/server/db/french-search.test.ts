import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database';
import type { Database } from './client';
import { frenchQuery } from './french-search';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function matches(text: string, q: string): Promise<boolean> {
  const result = await database.db.execute(
    sql`select to_tsvector('french', ${text}) @@ ${frenchQuery(q)} as hit`,
  );
  return (result as unknown as { rows: { hit: boolean }[] }).rows[0]?.hit ?? false;
}

describe('French full-text query', () => {
  it.each([
    ['Les représentants des usagers', 'usager', true],
    ['La parole de l’usager', 'usagers', true],
    ['Premier essai le mois prochain', 'essais', true],
    ['Des événements indésirables graves', 'événement indésirable', true],
    ['Cellule qualité et gestion des risques', '"cellule qualité"', true],
    ['Qualité de la cellule', '"cellule qualité"', false],
    ['Plainte examinée en CDU', 'plainte -CDU', false],
    // A long word after a negation: the text between two lexemes is not taken for one.
    ['Les repas sont froids', 'repas -froids', false],
    ['Les repas sont chauds', 'repas -froids', true],
    ['Les repas sont chauds', 'repas or infirmières', true],
    ['Des événements indésirables', 'evenement', false], // accents count (no unaccent on PGlite)
    ['Rien à signaler', 'usager', false],
  ])('“%s” and the query “%s”: %s', async (text, q, expected) => {
    expect(await matches(text, q)).toBe(expected);
  });
});
