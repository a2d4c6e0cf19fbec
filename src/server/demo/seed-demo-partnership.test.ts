import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database';
import type { Database } from '../db/client';
import { verifyPassword } from '../lib/passwords';
import { DEMO_PASSWORD } from './demo-data';
import {
  DEMO_PARTNERSHIP_PEOPLE,
  DEMO_PAST_BINOMES,
  DEMO_PAST_WORKSHOP,
  DEMO_UPCOMING_WORKSHOP,
} from './seed-demo-partnership';
import { seedDemo } from './seed-demo';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { patientExperience: false });
});
afterAll(() => database.close());

const one = async <T>(sql: string) => (await database.rows<T>(sql))[0] as T;
const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

const PAST = `(SELECT id FROM partnership_workshops WHERE title = ${quote(DEMO_PAST_WORKSHOP.title)})`;
const UPCOMING = `(SELECT id FROM partnership_workshops WHERE title = ${quote(DEMO_UPCOMING_WORKSHOP.title)})`;

const PARTNERSHIP_TABLES = [
  'partnership_workshops',
  'partnership_workshop_communities',
  'partnership_binomes',
  'partnership_expectations',
  'partnership_ratings',
  'partnership_rating_submissions',
  'partnership_positions',
  'partnership_stories',
  'partnership_actions',
  'users',
  'user_establishments',
];

async function counts() {
  const out: Record<string, number> = {};
  for (const table of PARTNERSHIP_TABLES) {
    out[table] = (await one<{ c: number }>(`SELECT count(*)::int AS c FROM ${table}`)).c;
  }
  return out;
}

describe('demo partnership workshops', () => {
  it('describe nine ratings and positions per member and binôme', () => {
    for (const binome of DEMO_PAST_BINOMES) {
      for (const value of [
        binome.professional.ratings,
        binome.representative.ratings,
        binome.positions,
      ]) {
        expect(value).toMatch(/^[1-4]{2}( [1-4]{2}){8}$/);
      }
      expect(binome.comments).toHaveLength(9);
      expect(binome.stories.length).toBeGreaterThanOrEqual(1);
      expect(binome.actions.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('hold a past, revealed and closed regional day in Paris time, for the demo community', async () => {
    const workshop = await one<{
      starts: string;
      mode: string;
      place: string;
      revealed: boolean;
      closed: boolean;
      community: string;
    }>(
      `SELECT to_char(w.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI') AS starts,
              w.mode, w.place, w.revealed_at IS NOT NULL AS revealed,
              w.closed_at IS NOT NULL AS closed, c.slug AS community
       FROM partnership_workshops w
       JOIN partnership_workshop_communities wc ON wc.workshop_id = w.id
       JOIN communities c ON c.id = wc.community_id
       WHERE w.id = ${PAST}`,
    );
    expect(workshop).toMatchObject({
      starts: `${DEMO_PAST_WORKSHOP.date} ${DEMO_PAST_WORKSHOP.start}`,
      mode: 'presentiel',
      place: 'Maison des associations, Lisière-sur-Loire',
      revealed: true,
      closed: true,
    });
    expect(workshop.community).toBeTruthy();
  });

  it('has six binômes from four sectors, each fully answered', async () => {
    const binomes = await database.rows<{
      sector: string;
      establishment: string;
      expectations: number;
      ratings: number;
      submissions: number;
      positions: number;
      commented: number;
      stories: number;
      actions: number;
    }>(
      `SELECT e.sector, e.id AS establishment,
        (SELECT count(*)::int FROM partnership_expectations x
          WHERE x.binome_id = b.id AND x.submitted_at IS NOT NULL
            AND x.expectations <> '' AND x.preconceptions <> '') AS expectations,
        (SELECT count(*)::int FROM partnership_ratings r WHERE r.binome_id = b.id) AS ratings,
        (SELECT count(*)::int FROM partnership_rating_submissions s WHERE s.binome_id = b.id) AS submissions,
        (SELECT count(*)::int FROM partnership_positions p WHERE p.binome_id = b.id) AS positions,
        (SELECT count(*)::int FROM partnership_positions p WHERE p.binome_id = b.id AND p.comment <> '') AS commented,
        (SELECT count(*)::int FROM partnership_stories s WHERE s.binome_id = b.id) AS stories,
        (SELECT count(*)::int FROM partnership_actions a WHERE a.binome_id = b.id) AS actions
       FROM partnership_binomes b JOIN establishments e ON e.id = b.establishment_id
       WHERE b.workshop_id = ${PAST}`,
    );
    expect(binomes).toHaveLength(6);
    expect(new Set(binomes.map((b) => b.establishment)).size).toBe(6);
    expect(new Set(binomes.map((b) => b.sector))).toEqual(
      new Set(['sanitaire', 'ehpad', 'handicap', 'ssiad']),
    );
    // One sector reaches the minimum group of 3, the others stay hidden in the results.
    expect(binomes.filter((b) => b.sector === 'sanitaire')).toHaveLength(3);
    for (const b of binomes) {
      expect(b).toMatchObject({ expectations: 2, ratings: 18, submissions: 2, positions: 9 });
      expect(b.commented).toBe(9);
      expect(b.stories).toBeGreaterThanOrEqual(1);
      expect(b.stories).toBeLessThanOrEqual(2);
      expect(b.actions).toBeGreaterThanOrEqual(1);
      expect(b.actions).toBeLessThanOrEqual(3);
    }
    // The members do not always agree: the side-by-side view has something to show.
    const disagreements = await one<{ c: number }>(
      `SELECT count(*)::int AS c FROM partnership_ratings p
       JOIN partnership_binomes b ON b.id = p.binome_id AND p.user_id = b.professional_id
       JOIN partnership_ratings r ON r.binome_id = b.id AND r.user_id = b.representative_id
         AND r.domain_id = p.domain_id
       WHERE b.workshop_id = ${PAST}
         AND (p.current_level <> r.current_level OR p.target_level <> r.target_level)`,
    );
    expect(disagreements.c).toBeGreaterThan(10);
  });

  it('pairs quality managers and user representatives of the binôme’s establishment', async () => {
    const members = await database.rows<{ email: string; role: string | null; side: string }>(
      `SELECT u.email, ue.role, 'professional' AS side
         FROM partnership_binomes b JOIN users u ON u.id = b.professional_id
         LEFT JOIN user_establishments ue
           ON ue.user_id = u.id AND ue.establishment_id = b.establishment_id
       UNION ALL
       SELECT u.email, ue.role, 'representative' AS side
         FROM partnership_binomes b JOIN users u ON u.id = b.representative_id
         LEFT JOIN user_establishments ue
           ON ue.user_id = u.id AND ue.establishment_id = b.establishment_id`,
    );
    expect(members).toHaveLength(2 * (6 + 2));
    for (const m of members) {
      expect(m.role).toBe(m.side === 'professional' ? 'quality_manager' : 'user_representative');
    }
    const emails = members.map((m) => m.email);
    for (const demo of ['qualite@demo.binome.fr', 'usager@demo.binome.fr']) {
      expect(emails.filter((e) => e === demo)).toHaveLength(2);
    }
    expect(emails).toContain('qualite.ehpad@demo.binome.fr');
  });

  it('lets the new demo people sign in with the demo password', async () => {
    const rows = await database.rows<{ email: string; password_hash: string }>(
      `SELECT email, password_hash FROM users WHERE email IN (${DEMO_PARTNERSHIP_PEOPLE.map((p) => quote(p.email)).join(', ')})`,
    );
    expect(rows).toHaveLength(DEMO_PARTNERSHIP_PEOPLE.length);
    expect(await verifyPassword(rows[0]?.password_hash ?? '', DEMO_PASSWORD)).toBe(true);
  });

  it('has an upcoming workshop with two registered binômes and no answer yet', async () => {
    const upcoming = await one<{
      year: string;
      revealed: boolean;
      binomes: number;
      answers: number;
    }>(
      `SELECT to_char(w.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY') AS year,
              w.revealed_at IS NOT NULL OR w.closed_at IS NOT NULL AS revealed,
              (SELECT count(*)::int FROM partnership_binomes b WHERE b.workshop_id = w.id) AS binomes,
              (SELECT count(*)::int FROM partnership_binomes b
                 JOIN partnership_expectations x ON x.binome_id = b.id
                 WHERE b.workshop_id = w.id)
              + (SELECT count(*)::int FROM partnership_binomes b
                 JOIN partnership_ratings r ON r.binome_id = b.id
                 WHERE b.workshop_id = w.id)
              + (SELECT count(*)::int FROM partnership_binomes b
                 JOIN partnership_positions p ON p.binome_id = b.id
                 WHERE b.workshop_id = w.id) AS answers
       FROM partnership_workshops w WHERE w.id = ${UPCOMING}`,
    );
    expect(upcoming).toEqual({ year: '2027', revealed: false, binomes: 2, answers: 0 });
  });

  it('is loaded once: a second seedDemo adds nothing', async () => {
    const before = await counts();
    expect(await seedDemo(database.db, { patientExperience: false })).toBe(false);
    expect(await counts()).toEqual(before);
    expect(before.partnership_workshops).toBe(2);
  });
});
