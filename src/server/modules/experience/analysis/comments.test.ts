import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEstablishment } from '../../../../../test/factories/establishments';
import { makeUser } from '../../../../../test/factories/users';
import { signedIn } from '../../../../../test/support/demo-community';
import { createTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app';
import type { Paginated } from '../../../../shared/schemas/common';
import type { Comment } from '../../../../shared/schemas/experience';
import { experienceComments } from '../../../db/schema';
import { insertAnalysedComments, insertComments, makeSource } from './experience.testing';

// The drill-down: filters, search, order and pages over fixed comments of establishment X, and
// the highlighted words of comments the analysis job really analysed (establishment Y).

const COMMENTS = '/api/experience/comments';
let t: TestApp;
let x: string;
let y: string;
let reader: TestClient;
let fileSource: string;
let kioskSource: string;
/** Comment ids of X, in the order they were inserted. */
let n: number[];
let pendingId: number;

async function list(query: string, client = reader) {
  const response = await client.get(`${COMMENTS}?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Paginated<Comment>;
}
const idsOf = async (query: string) =>
  (await list(`establishmentId=${x}&${query}`)).items.map((c) => c.id);

beforeAll(async () => {
  t = await createTestApp();
  x = (await makeEstablishment(t.database)).id;
  y = (await makeEstablishment(t.database)).id;
  const db = t.database.db;
  fileSource = await makeSource(db, x, 'file');
  kioskSource = await makeSource(db, x, 'kiosk');
  const file = await insertAnalysedComments(db, {
    establishmentId: x,
    sourceId: fileSource,
    rows: [
      {
        text: 'Attente interminable aux urgences',
        receivedOn: '2025-01-10',
        service: 'Urgences',
        themes: ['attente'],
        sentiment: 'negatif',
        reviewed: true,
      },
      {
        text: 'Accueil très chaleureux',
        receivedOn: '2025-02-10',
        service: 'Urgences',
        themes: ['accueil'],
        sentiment: 'positif',
      },
    ],
  });
  const kiosk = await insertAnalysedComments(db, {
    establishmentId: x,
    sourceId: kioskSource,
    rows: [
      {
        text: 'Les repas étaient froids',
        receivedOn: '2025-03-10',
        service: 'Médecine',
        themes: ['repas'],
        sentiment: 'negatif',
      },
      { text: 'Rien à signaler', receivedOn: '2025-03-12', service: 'Médecine' },
    ],
  });
  const last = await insertAnalysedComments(db, {
    establishmentId: x,
    sourceId: fileSource,
    rows: [
      {
        text: 'Repas corrects, personnel agréable',
        receivedOn: '2025-03-12',
        service: 'Médecine',
        themes: ['repas', 'relations'],
        sentiment: 'mixte',
      },
    ],
  });
  n = [...file.ids, ...kiosk.ids, ...last.ids];
  const pending = await insertComments(db, {
    establishmentId: x,
    sourceId: fileSource,
    rows: [
      {
        text: 'Écrivez-moi : jean.dupont@example.fr',
        receivedOn: '2025-03-15',
        service: 'Urgences',
      },
    ],
  });
  pendingId = pending.ids[0]!;
  reader = await signedIn(
    t,
    (await makeUser(t.database, { links: [{ establishmentId: x, role: 'user_representative' }] }))
      .email,
  );
});
afterAll(() => t.close());

describe('comments of an establishment', () => {
  it('lists the newest first; a pending comment comes without its text', async () => {
    const page = await list(`establishmentId=${x}`);
    expect(page.total).toBe(6);
    expect(page.items.map((c) => c.id)).toEqual([pendingId, n[4], n[3], n[2], n[1], n[0]]);
    expect(page.items[0]).toMatchObject({
      text: '',
      analysed: false,
      themes: [],
      sentiment: null,
      highlights: [],
      reviewedAt: null,
    });
    expect(JSON.stringify(page)).not.toContain('dupont');
    expect(page.items[1]).toMatchObject({
      establishmentId: x,
      receivedOn: '2025-03-12',
      service: 'Médecine',
      source: { id: fileSource, kind: 'file', name: 'Enquête de sortie' },
      text: 'Repas corrects, personnel agréable',
      analysed: true,
      sentiment: 'mixte',
      themes: ['repas', 'relations'],
    });
    expect(page.items[5]!.reviewedAt).toEqual(expect.any(String));
  });

  it.each([
    ['service=Médecine', [4, 3, 2]],
    ['from=2025-02-01&to=2025-03-11', [2, 1]],
    ['theme=repas', [4, 2]],
    ['sentiment=negatif', [2, 0]],
    ['sentiment=aucun', [3]],
    ['sourceKind=kiosk', [3, 2]],
    ['reviewed=true', [0]],
    ['reviewed=false&service=Médecine', [4, 3, 2]],
    ['q=repas', [4, 2]],
    ['q=urgence', [0]], // "urgences" in the text: the search stems
    ['q=%22accueil%20tr%C3%A8s%20chaleureux%22', [1]],
    ['q=%22accueil%20chaleureux%22', []], // a phrase: the words must follow each other
    ['theme=repas&sentiment=negatif&service=Médecine', [2]],
  ])('filters with %s', async (query, expected) => {
    expect(await idsOf(query)).toEqual(expected.map((i) => n[i]));
  });

  it('filters by source, pending comments included', async () => {
    expect(await idsOf(`sourceId=${fileSource}`)).toEqual([pendingId, n[4], n[1], n[0]]);
  });

  it('pages through the comments with the total of the filter', async () => {
    const second = await list(`establishmentId=${x}&pageSize=2&page=2`);
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect(second.items.map((c) => c.id)).toEqual([n[3], n[2]]);
    const beyond = await list(`establishmentId=${x}&pageSize=2&page=9`);
    expect(beyond).toMatchObject({ total: 6, items: [] });
  });

  it('keeps a comment sent back to the analysis out of the analysis filters', async () => {
    const z = (await makeEstablishment(t.database)).id;
    const { ids } = await insertAnalysedComments(t.database.db, {
      establishmentId: z,
      rows: [
        { text: 'Repas froids', receivedOn: '2025-03-01', themes: ['repas'], sentiment: 'negatif' },
      ],
    });
    // What a retrain does: the comment waits for the new model, its former analysis still there.
    await t.database.db
      .update(experienceComments)
      .set({ analysedAt: null, rawText: 'Repas froids' })
      .where(eq(experienceComments.id, ids[0]!));
    const admin = await signedIn(t, (await makeUser(t.database, { platformRole: 'admin' })).email);
    const all = await list(`establishmentId=${z}`, admin);
    expect(all.items[0]).toMatchObject({ analysed: false, text: '', themes: [], sentiment: null });
    expect((await list(`establishmentId=${z}&theme=repas`, admin)).total).toBe(0);
    expect((await list(`establishmentId=${z}&sentiment=negatif`, admin)).total).toBe(0);
  });

  it('rejects unknown filter values', async () => {
    for (const query of [
      'sentiment=joyeux',
      'sourceKind=fax',
      'reviewed=peut-etre',
      'from=2025-02-31',
    ])
      expect((await reader.get(`${COMMENTS}?establishmentId=${x}&${query}`)).statusCode).toBe(400);
  });
});

describe('highlighted words', () => {
  let analysed: Comment[];
  let admin: TestClient;
  const wordsOf = (comment: Comment) =>
    comment.highlights.map((h) => [
      comment.text.slice(h.start, h.end).toLowerCase(),
      h.theme ?? h.sentiment,
    ]);

  beforeAll(async () => {
    await insertComments(t.database.db, {
      establishmentId: y,
      rows: [
        { text: 'Repas froids. Infirmières très gentilles !', receivedOn: '2025-04-02' },
        {
          text: 'Six heures d’attente aux urgences, rappelez-moi au 06 12 34 56 78.',
          receivedOn: '2025-04-01',
        },
      ],
    });
    await t.app.jobs.drain();
    admin = await signedIn(t, (await makeUser(t.database, { platformRole: 'admin' })).email);
    analysed = (await list(`establishmentId=${y}`, admin)).items;
  });

  it('point at the words that drove each theme and the sentiment', () => {
    const [meal, waiting] = analysed;
    expect(meal!.themes).toEqual(expect.arrayContaining(['repas', 'relations']));
    expect(wordsOf(meal!)).toContainEqual(['repas', 'repas']);
    expect(wordsOf(meal!)).toContainEqual(['gentilles', 'relations']);
    expect(waiting!.text).toContain('[TELEPHONE]');
    expect(wordsOf(waiting!)).toContainEqual(['attente', 'attente']);
    for (const comment of analysed) {
      const { highlights } = comment;
      expect(highlights.length).toBeGreaterThan(0);
      for (const [i, h] of highlights.entries()) {
        // Whole words of the text, in order, never overlapping.
        expect(comment.text.slice(h.start, h.end)).toMatch(/^[\p{L}\p{N}’']+$/u);
        if (i > 0) expect(highlights[i - 1]!.end).toBeLessThanOrEqual(h.start);
        expect((h.theme === null) !== (h.sentiment === null)).toBe(true);
        if (h.theme) expect(comment.themes).toContain(h.theme);
      }
    }
  });

  it('keep only the filtered theme’s words, and the sentiment’s', async () => {
    const [meal] = (await list(`establishmentId=${y}&theme=repas`, admin)).items;
    expect(meal!.highlights.length).toBeGreaterThan(0);
    expect(meal!.highlights.every((h) => h.theme === 'repas' || h.theme === null)).toBe(true);
    expect(wordsOf(meal!)).not.toContainEqual(['gentilles', 'relations']);
  });
});
