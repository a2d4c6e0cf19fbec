import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../../../test/support/test-app';
import type { Theme } from '../../../../shared/schemas/experience';
import {
  experienceActions,
  experienceComments,
  experienceFindings,
  experienceFocusGroups,
  experienceStats,
} from '../../../db/schema';
import { createModelStore } from '../model-store';
import {
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
let team: Team;

const byCode = async (client: TestClient, code: string) =>
  (await themes(client)).find((theme) => theme.code === code);

const auditActions = async () =>
  (
    (await admin.get('/api/admin/audit?pageSize=100')).json() as { items: { action: string }[] }
  ).items.map((e) => e.action);

beforeAll(async () => {
  ({ t, admin, pilot } = await withReview());
  team = await makeTeam(t);
});
afterAll(() => t.close());

describe('the taxonomy of themes', () => {
  it('lists the 16 default themes in order to everyone signed in, with their counts', async () => {
    await insertComments(t, team.establishment.id, [
      { text: 'Accueil très aimable.', themes: ['accueil'], sentiment: 'positif' },
      { text: 'Repas froid, accueil long.', themes: ['repas', 'accueil'], sentiment: 'negatif' },
    ]);
    const list = await themes(team.representativeClient);
    expect(list).toHaveLength(16);
    expect(list.map((theme) => theme.position)).toEqual([...Array(16).keys()].map((i) => i + 1));
    expect(list[0]).toMatchObject({
      code: 'accueil',
      labelFr: 'Accueil et admission',
      labelEn: 'Reception and admission',
      retiredAt: null,
      mergedInto: null,
      comments: 2,
      reviewed: 0,
    });
    expect(list.find((theme) => theme.code === 'repas')?.comments).toBe(1);
    expect((await t.app.inject({ method: 'GET', url: THEMES })).statusCode).toBe(401);
  });

  it('are added and edited by administrators only, with unique codes', async () => {
    const input = {
      code: 'animaux',
      labelFr: 'Animaux de compagnie',
      labelEn: 'Pets',
      description: 'Visites des animaux, médiation animale',
    };
    expect((await pilot.post(THEMES, input)).statusCode).toBe(403);
    expect((await team.managerClient.post(THEMES, input)).statusCode).toBe(403);

    const created = await admin.post(THEMES, input);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ ...input, position: 17, comments: 0, retiredAt: null });

    const again = await admin.post(THEMES, { ...input, labelFr: 'Autre' });
    expect(again.statusCode).toBe(409);
    expect(problemCode(again)).toBe('themeCodeTaken');
    expect(fieldPaths(again)).toEqual(['code']);
    const badCode = await admin.post(THEMES, { ...input, code: 'Animaux domestiques' });
    expect(badCode.statusCode).toBe(400);
    expect(fieldPaths(badCode)).toEqual(['code']);
    expect(badCode.json().errors[0].message).toMatch(/minuscule/);

    const edited = await admin.patch(`${THEMES}/animaux`, {
      labelFr: 'Animaux',
      labelEn: 'Animals',
      description: '',
      position: 3,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ code: 'animaux', labelFr: 'Animaux', position: 3 });
    expect(
      (await pilot.patch(`${THEMES}/animaux`, { labelFr: 'x', labelEn: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (await admin.patch(`${THEMES}/inconnu`, { labelFr: 'x', labelEn: 'x' })).statusCode,
    ).toBe(404);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['experience.theme_create', 'experience.theme_update']),
    );
  });

  it('once retired, stay on comments but are no longer predicted; they can be restored', async () => {
    const [id] = await insertComments(t, team.establishment.id, [
      { text: 'La chambre était bruyante.', themes: ['chambre'], sentiment: 'negatif' },
    ]);
    const store = createModelStore(t.database.db);
    expect((await store.themeMap())(['chambre', 'repas'])).toEqual(['chambre', 'repas']);

    expect((await pilot.post(`${THEMES}/chambre/retire`, { retired: true })).statusCode).toBe(403);
    const retired = await admin.post(`${THEMES}/chambre/retire`, { retired: true });
    expect(retired.statusCode, retired.body).toBe(200);
    expect((retired.json() as Theme).retiredAt).not.toBeNull();

    store.invalidate();
    expect((await store.themeMap())(['chambre', 'repas'])).toEqual(['repas']);
    const [comment] = await t.database.db
      .select({ themes: experienceComments.themes })
      .from(experienceComments)
      .where(eq(experienceComments.id, id!));
    expect(comment?.themes).toEqual(['chambre']);
    expect((await byCode(team.managerClient, 'chambre'))?.retiredAt).not.toBeNull();

    const restored = await admin.post(`${THEMES}/chambre/retire`, { retired: false });
    expect((restored.json() as Theme).retiredAt).toBeNull();
    store.invalidate();
    expect((await store.themeMap())(['chambre'])).toEqual(['chambre']);
    expect(await auditActions()).toContain('experience.theme_retire');
  });

  it('merge moves every use of a theme to another, then cannot be undone', async () => {
    const { db } = t.database;
    const [both, onlyFrais, other] = await insertComments(t, team.establishment.id, [
      {
        text: 'Accueil souriant mais supplément chambre seule cher.',
        themes: ['accueil', 'frais'],
        sentiment: 'mixte',
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
            end: 52,
            themes: [
              { code: 'frais', evidence: ['supplément'] },
              { code: 'accueil', evidence: ['chambre'] },
            ],
            sentiment: 'negatif',
            sentimentEvidence: ['cher'],
          },
        ],
      },
      {
        text: 'Facture incompréhensible.',
        themes: ['frais', 'information'],
        sentiment: 'negatif',
        segments: [
          {
            start: 0,
            end: 25,
            themes: [{ code: 'frais', evidence: ['Facture'] }],
            sentiment: 'negatif',
            sentimentEvidence: ['incompréhensible'],
          },
        ],
      },
      { text: 'Très bons soins.', themes: ['soins'], sentiment: 'positif' },
    ]);
    const [group] = await db
      .insert(experienceFocusGroups)
      .values({
        establishmentId: team.establishment.id,
        title: 'Parcours de sortie',
        pathway: 'hospitalisation',
        heldOn: '2025-04-02',
      })
      .returning({ id: experienceFocusGroups.id });
    const [finding] = await db
      .insert(experienceFindings)
      .values({ focusGroupId: group!.id, text: 'Les frais sont mal expliqués.', themes: ['frais'] })
      .returning({ id: experienceFindings.id });
    const [action] = await db
      .insert(experienceActions)
      .values({
        establishmentId: team.establishment.id,
        title: 'Devis remis à l’entrée',
        theme: 'frais',
      })
      .returning({ id: experienceActions.id });
    // A theme merged earlier into "frais" follows it to "accueil".
    await admin.post(THEMES, { code: 'supplements', labelFr: 'Suppléments', labelEn: 'Extras' });
    expect((await admin.post(`${THEMES}/supplements/merge`, { into: 'frais' })).statusCode).toBe(
      200,
    );

    expect((await pilot.post(`${THEMES}/frais/merge`, { into: 'accueil' })).statusCode).toBe(403);
    for (const into of ['frais', 'inconnu']) {
      const refused = await admin.post(`${THEMES}/frais/merge`, { into });
      expect(refused.statusCode).toBe(400);
      expect(problemCode(refused)).toBe('themeMergeTarget');
      expect(fieldPaths(refused)).toEqual(['into']);
    }
    await admin.post(`${THEMES}/droits/retire`, { retired: true });
    expect(problemCode(await admin.post(`${THEMES}/frais/merge`, { into: 'droits' }))).toBe(
      'themeMergeTarget',
    );

    const merged = await admin.post(`${THEMES}/frais/merge`, { into: 'accueil' });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ code: 'frais', mergedInto: 'accueil', comments: 0 });
    expect((merged.json() as Theme).retiredAt).not.toBeNull();

    const rows = await db
      .select({
        id: experienceComments.id,
        themes: experienceComments.themes,
        segments: experienceComments.segments,
      })
      .from(experienceComments)
      .where(inArray(experienceComments.id, [both!, onlyFrais!, other!]))
      .orderBy(experienceComments.id);
    expect(rows.map((r) => r.themes)).toEqual([['accueil'], ['accueil', 'information'], ['soins']]);
    // The segment that had both keeps one "accueil"; the other's "frais" became "accueil".
    expect(rows[0]!.segments[1]!.themes).toEqual([{ code: 'accueil', evidence: ['chambre'] }]);
    expect(rows[0]!.segments[0]!.themes).toEqual([{ code: 'accueil', evidence: ['Accueil'] }]);
    expect(rows[1]!.segments[0]!.themes).toEqual([{ code: 'accueil', evidence: ['Facture'] }]);
    const [findingRow] = await db
      .select({ themes: experienceFindings.themes })
      .from(experienceFindings)
      .where(eq(experienceFindings.id, finding!.id));
    expect(findingRow?.themes).toEqual(['accueil']);
    const [actionRow] = await db
      .select({ theme: experienceActions.theme })
      .from(experienceActions)
      .where(eq(experienceActions.id, action!.id));
    expect(actionRow?.theme).toBe('accueil');

    // The dashboards' figures were recomputed: "frais" is gone, "accueil" counts its comments.
    const figures = await db
      .select({
        theme: experienceStats.theme,
        comments: sql<number>`sum(${experienceStats.comments})::int`,
      })
      .from(experienceStats)
      .where(
        and(
          eq(experienceStats.establishmentId, team.establishment.id),
          eq(experienceStats.service, '*'),
        ),
      )
      .groupBy(experienceStats.theme);
    const figureOf = new Map(figures.map((f) => [f.theme, f.comments]));
    expect(figureOf.get('accueil')).toBe(4);
    expect(figureOf.has('frais')).toBe(false);

    const list = await themes(team.managerClient);
    expect(list.find((theme) => theme.code === 'supplements')?.mergedInto).toBe('accueil');
    expect(list.find((theme) => theme.code === 'accueil')?.comments).toBe(4);
    const store = createModelStore(t.database.db);
    expect((await store.themeMap())(['frais', 'supplements', 'soins'])).toEqual([
      'accueil',
      'soins',
    ]);

    const restore = await admin.post(`${THEMES}/frais/retire`, { retired: false });
    expect(restore.statusCode).toBe(409);
    expect(problemCode(restore)).toBe('themeMerged');
    expect(problemCode(await admin.post(`${THEMES}/frais/merge`, { into: 'soins' }))).toBe(
      'themeMerged',
    );
    expect(await auditActions()).toContain('experience.theme_merge');
  });
});
