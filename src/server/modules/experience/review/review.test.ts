import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../../../test/support/test-app';
import type { CommentDetail } from '../../../../shared/schemas/experience';
import {
  experienceComments,
  experienceCorrections,
  experienceFindings,
  experienceFocusGroups,
  experienceStats,
} from '../../../db/schema';
import {
  COMMENTS,
  fieldPaths,
  insertComments,
  makeTeam,
  problemCode,
  THEMES,
  themes,
  withReview,
  type Team,
} from './review.testing';

let t: TestApp;
let admin: TestClient;
let pilot: TestClient;
let observer: TestClient;
let a: Team;
let b: Team;
let commentId: number;
let pendingId: number;

const TEXT = 'Accueil souriant, mais le repas était froid.';

async function addFinding(establishmentId: string, text: string, findingThemes: string[]) {
  const { db } = t.database;
  const [group] = await db
    .insert(experienceFocusGroups)
    .values({ establishmentId, title: `Groupe ${text}`, pathway: 'urgences', heldOn: '2025-02-01' })
    .returning({ id: experienceFocusGroups.id });
  await db
    .insert(experienceFindings)
    .values({ focusGroupId: group!.id, text, themes: findingThemes });
  return group!.id;
}

const detail = async (client: TestClient, id = commentId) => {
  const response = await client.get(`${COMMENTS}/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CommentDetail;
};
const review = (client: TestClient, body: object, id = commentId) =>
  client.put(`${COMMENTS}/${id}/review`, body);

beforeAll(async () => {
  ({ t, admin, pilot, observer } = await withReview());
  a = await makeTeam(t);
  b = await makeTeam(t);
  const ids = await insertComments(t, a.establishment.id, [
    {
      text: TEXT,
      themes: ['accueil', 'repas'],
      sentiment: 'mixte',
      receivedOn: '2025-03-14',
      service: 'Chirurgie',
      segments: [
        {
          start: 0,
          end: 16,
          themes: [{ code: 'accueil', evidence: ['Accueil'] }],
          sentiment: 'positif',
          sentimentEvidence: ['souriant'],
        },
        {
          start: 17,
          end: 44,
          themes: [{ code: 'repas', evidence: ['repas', 'froid'] }],
          sentiment: 'negatif',
          sentimentEvidence: ['froid'],
        },
      ],
    },
    { text: 'Mon nom est Jean Dupont, appelez-moi.', analysed: false },
  ]);
  [commentId, pendingId] = ids as [number, number];
});
afterAll(() => t.close());

describe('a comment and its review', () => {
  it('opens for the establishment’s people and administrators, with highlights and findings', async () => {
    const shown = await addFinding(a.establishment.id, 'Les plateaux arrivent tièdes.', ['repas']);
    await addFinding(a.establishment.id, 'Les soins sont attentifs.', ['soins']);
    await addFinding(b.establishment.id, 'Repas trop salés.', ['repas']);

    const comment = await detail(a.representativeClient);
    expect(comment).toMatchObject({
      id: commentId,
      establishmentId: a.establishment.id,
      receivedOn: '2025-03-14',
      service: 'Chirurgie',
      source: { kind: 'file', name: 'Questionnaire de sortie' },
      text: TEXT,
      analysed: true,
      themes: ['accueil', 'repas'],
      sentiment: 'mixte',
      reviewedAt: null,
      corrections: [],
    });
    const marked = comment.highlights.map((h) => [
      TEXT.slice(h.start, h.end),
      h.theme,
      h.sentiment,
    ]);
    expect(marked).toEqual([
      ['Accueil', 'accueil', null],
      ['souriant', null, 'positif'],
      ['repas', 'repas', null],
      // A word driving a theme and the sentiment is marked for the theme.
      ['froid', 'repas', null],
    ]);
    expect(comment.findings).toEqual([
      {
        id: expect.any(String),
        focusGroupId: shown,
        focusGroupTitle: 'Groupe Les plateaux arrivent tièdes.',
        text: 'Les plateaux arrivent tièdes.',
        themes: ['repas'],
      },
    ]);
    expect((await detail(admin)).id).toBe(commentId);
    expect((await detail(a.managerClient)).id).toBe(commentId);

    // Anybody else: the comment does not exist.
    for (const client of [b.managerClient, pilot, observer]) {
      expect((await client.get(`${COMMENTS}/${commentId}`)).statusCode).toBe(404);
    }
    expect(
      (await t.app.inject({ method: 'GET', url: `${COMMENTS}/${commentId}` })).statusCode,
    ).toBe(401);
    expect((await a.managerClient.get(`${COMMENTS}/999999`)).statusCode).toBe(404);
    // Not analysed yet: its text is not redacted, so it is not shown.
    const pending = await detail(a.managerClient, pendingId);
    expect(pending).toMatchObject({ analysed: false, text: '', highlights: [], themes: [] });
  });

  it('records who corrected what and when, and keeps the history', async () => {
    t.clock.advanceMinutes(60);
    const before = t.clock.now().getTime();
    const first = await review(a.representativeClient, {
      themes: ['repas', 'attente', 'repas'],
      sentiment: 'negatif',
    });
    expect(first.statusCode, first.body).toBe(200);
    const corrected = first.json() as CommentDetail;
    // Each theme once, in the taxonomy's order.
    expect(corrected).toMatchObject({ themes: ['attente', 'repas'], sentiment: 'negatif' });
    expect(Date.parse(corrected.reviewedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(corrected.corrections).toEqual([
      {
        id: expect.any(String),
        themesBefore: ['accueil', 'repas'],
        sentimentBefore: 'mixte',
        themesAfter: ['attente', 'repas'],
        sentimentAfter: 'negatif',
        correctedBy: 'Robert Usager',
        correctedAt: corrected.reviewedAt,
      },
    ]);
    // The month's figures count the corrected values at once.
    const figures = await t.database.db
      .select({ theme: experienceStats.theme, comments: experienceStats.comments })
      .from(experienceStats)
      .where(
        and(
          eq(experienceStats.establishmentId, a.establishment.id),
          eq(experienceStats.month, '2025-03-01'),
          eq(experienceStats.service, '*'),
          eq(experienceStats.sentiment, 'negatif'),
        ),
      );
    expect(Object.fromEntries(figures.map((f) => [f.theme, f.comments]))).toEqual({
      '*': 1,
      attente: 1,
      repas: 1,
    });
    // The words of a theme the comment no longer carries are not highlighted.
    expect(corrected.highlights.map((h) => h.theme)).not.toContain('accueil');

    t.clock.advanceMinutes(5);
    const second = await review(a.managerClient, { themes: ['repas'], sentiment: 'negatif' });
    expect(second.statusCode).toBe(200);
    const history = (second.json() as CommentDetail).corrections;
    expect(history.map((c) => [c.correctedBy, c.themesBefore, c.themesAfter])).toEqual([
      ['Claire Qualité', ['attente', 'repas'], ['repas']],
      ['Robert Usager', ['accueil', 'repas'], ['attente', 'repas']],
    ]);

    const rows = await t.database.db
      .select()
      .from(experienceCorrections)
      .where(eq(experienceCorrections.commentId, commentId));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.establishmentId === a.establishment.id)).toBe(true);
    const [stored] = await t.database.db
      .select({ themes: experienceComments.themes, sentiment: experienceComments.sentiment })
      .from(experienceComments)
      .where(eq(experienceComments.id, commentId));
    expect(stored).toEqual({ themes: ['repas'], sentiment: 'negatif' });
    expect((await themes(admin)).find((theme) => theme.code === 'repas')?.reviewed).toBe(1);
  });

  it('refuses unknown or retired themes, pending comments and other people', async () => {
    expect((await admin.post(`${THEMES}/frais/retire`, { retired: true })).statusCode).toBe(200);
    const unknown = await review(a.managerClient, {
      themes: ['repas', 'inconnu', 'frais'],
      sentiment: 'negatif',
    });
    expect(unknown.statusCode).toBe(400);
    expect(fieldPaths(unknown)).toEqual(['themes.1', 'themes.2']);
    expect(unknown.json().errors[0].message).toMatch(/thème/);
    const badSentiment = await review(a.managerClient, { themes: [], sentiment: 'furieux' });
    expect(fieldPaths(badSentiment)).toEqual(['sentiment']);

    const pending = await review(a.managerClient, { themes: [], sentiment: 'neutre' }, pendingId);
    expect(pending.statusCode).toBe(409);
    expect(problemCode(pending)).toBe('commentPending');

    for (const client of [b.managerClient, b.representativeClient, pilot, observer]) {
      expect((await review(client, { themes: ['soins'], sentiment: 'positif' })).statusCode).toBe(
        404,
      );
    }
    // An administrator may correct too; nothing above was recorded.
    expect((await review(admin, { themes: [], sentiment: 'neutre' })).statusCode).toBe(200);
    expect((await detail(a.managerClient)).corrections).toHaveLength(3);
  });
});
