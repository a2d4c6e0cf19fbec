import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestApp, TestClient } from '../../../../../test/support/test-app';
import { analyseComment } from '../../../../analysis/engine';
import {
  MIN_CORRECTIONS_TO_RETRAIN,
  type ExperienceModel,
  type ModelsOverview,
} from '../../../../shared/schemas/experience';
import { experienceComments } from '../../../db/schema';
import { createModelStore } from '../model-store';
import {
  COMMENTS,
  insertComments,
  makeTeam,
  MODELS,
  problemCode,
  THEMES,
  withReview,
  type Team,
} from './review.testing';

// Review → retrain, end to end: people tag comments about pets with a theme the built-in model
// has never heard of; the retrained model then finds it in new comments. One real training
// (~10–25 s of CPU), so one test file does it once.

let t: TestApp;
let admin: TestClient;
let pilot: TestClient;
let team: Team;

const PET_COMMENTS = [
  'Mon chien a pu venir me rendre visite dans le jardin, quel bonheur.',
  'La visite de mon chat le dimanche m’a fait du bien.',
  'Le chien de la médiation animale passe le mardi, les résidents l’adorent.',
  'Dommage que les chiens ne soient pas acceptés dans le parc.',
  'Ma fille a amené notre chienne, le personnel a été compréhensif.',
  'Les séances avec le chien visiteur sont trop rares.',
  'Pouvoir garder mon chat à l’EHPAD a tout changé pour moi.',
  'Le chat de l’unité est devenu la mascotte des résidents.',
  'Interdiction des animaux, je n’ai pas revu mon chien pendant trois semaines.',
  'La médiation animale avec les lapins et le chien est une belle initiative.',
  'J’aurais aimé que mon chien puisse entrer dans la chambre.',
  'Le chien d’assistance de mon mari a été bien accueilli.',
];
const NEW_COMMENT = 'Le chien de mon voisin est venu me voir, cela m’a fait plaisir.';

const overview = async (client: TestClient) => {
  const response = await client.get(`${MODELS}?establishmentId=${team.establishment.id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ModelsOverview;
};
const retrain = (client: TestClient) =>
  client.post(MODELS, { establishmentId: team.establishment.id });

beforeAll(async () => {
  ({ t, admin, pilot } = await withReview());
  team = await makeTeam(t);
  const created = await admin.post(THEMES, {
    code: 'animaux',
    labelFr: 'Animaux de compagnie',
    labelEn: 'Pets',
    description: 'Visites des animaux, médiation animale',
  });
  expect(created.statusCode).toBe(201);
});
afterAll(() => t.close());

describe('retraining an establishment’s model from reviewed comments', () => {
  it('needs enough reviewed comments, and quality managers or administrators', async () => {
    const ids = await insertComments(
      t,
      team.establishment.id,
      PET_COMMENTS.map((text) => ({ text, themes: ['relations'], sentiment: 'positif' })),
    );
    for (const [i, id] of ids.entries()) {
      const reviewed = await team.representativeClient.put(`${COMMENTS}/${id}/review`, {
        themes: ['animaux'],
        sentiment: i % 3 === 0 ? 'negatif' : 'positif',
      });
      expect(reviewed.statusCode, reviewed.body).toBe(200);
      if (i === MIN_CORRECTIONS_TO_RETRAIN - 2) {
        const early = await retrain(team.managerClient);
        expect(early.statusCode).toBe(400);
        expect(problemCode(early)).toBe('notEnoughCorrections');
        expect(early.json().title).toContain(String(MIN_CORRECTIONS_TO_RETRAIN));
      }
    }
    expect(await overview(team.managerClient)).toEqual({
      corrections: 12,
      minCorrections: MIN_CORRECTIONS_TO_RETRAIN,
      models: [],
    });
    for (const client of [team.representativeClient, pilot]) {
      expect((await retrain(client)).statusCode).toBe(403);
      const listed = await client.get(`${MODELS}?establishmentId=${team.establishment.id}`);
      expect(listed.statusCode).toBe(403);
    }
  });

  it('trains in the background, reports before/after quality, then analyses with the new model', async () => {
    const queued = await retrain(team.managerClient);
    expect(queued.statusCode, queued.body).toBe(202);
    const model = queued.json() as ExperienceModel;
    expect(model).toMatchObject({
      status: 'queued',
      corrections: 12,
      active: false,
      report: null,
      createdBy: 'Claire Qualité',
      finishedAt: null,
    });
    const twice = await retrain(admin);
    expect(twice.statusCode).toBe(409);
    expect(problemCode(twice)).toBe('retrainRunning');

    // A comment nobody reviews, analysed earlier by the built-in model.
    const [unreviewed] = await insertComments(t, team.establishment.id, [
      { text: NEW_COMMENT, themes: ['relations'], sentiment: 'positif' },
    ]);

    // Training runs in a worker thread: meanwhile the server answers, and says it is training.
    let finished = false;
    const draining = t.app.jobs.drain().then(() => (finished = true));
    await vi.waitFor(
      async () => expect((await overview(team.managerClient)).models[0]?.status).toBe('training'),
      { timeout: 60_000, interval: 50 },
    );
    expect(finished).toBe(false);
    await draining;

    const { models } = await overview(team.managerClient);
    expect(models).toHaveLength(1);
    const ready = models[0]!;
    expect(ready, JSON.stringify(ready)).toMatchObject({
      id: model.id,
      status: 'ready',
      active: true,
      error: null,
      corrections: 12,
    });
    expect(ready.finishedAt).not.toBeNull();
    const report = ready.report!;
    // A fifth of the 12 corrections held out to measure the change.
    expect(report.heldOut).toBe(2);
    expect(report.trainSeconds).toBeGreaterThan(0);
    expect(report.heads.map((h) => h.head)).toEqual(['themes', 'sentiment']);
    for (const head of report.heads) {
      for (const figures of [head.before, head.after]) {
        for (const value of [figures.microF1, figures.macroF1, figures.accuracy!]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
    }
    // The built-in model never predicts "animaux"; the retrained one finds it in the held-out rows.
    const themesHead = report.heads.find((h) => h.head === 'themes')!;
    expect(themesHead.before.microF1).toBe(0);
    expect(themesHead.after.microF1).toBeGreaterThan(0);

    const store = createModelStore(t.database.db);
    const choice = await store.modelFor(team.establishment.id);
    expect(choice.id).toBe(model.id);
    expect(analyseComment(choice.model, NEW_COMMENT).themes).toContain('animaux');

    // Unreviewed comments go back to the analysis job, which now uses the new model; reviewed
    // ones keep what people chose.
    expect(
      (await team.representativeClient.post(`${MODELS}/${model.id}/reanalyse`)).statusCode,
    ).toBe(404);
    const reanalysed = await team.managerClient.post(`${MODELS}/${model.id}/reanalyse`);
    expect(reanalysed.statusCode, reanalysed.body).toBe(200);
    expect(reanalysed.json()).toEqual({ comments: 1 });
    await t.app.jobs.drain();
    const [row] = await t.database.db
      .select({
        themes: experienceComments.themes,
        modelId: experienceComments.modelId,
        analysedAt: experienceComments.analysedAt,
      })
      .from(experienceComments)
      .where(eq(experienceComments.id, unreviewed!));
    expect(row?.analysedAt).not.toBeNull();
    expect(row?.modelId).toBe(model.id);
    expect(row?.themes).toContain('animaux');
    const detail = await team.managerClient.get(`${COMMENTS}/${unreviewed}`);
    expect(detail.json().themes).toContain('animaux');
  }, 180_000);

  it('keeps a failed retrain with its message, and the previous model stays in use', async () => {
    const queued = await retrain(team.managerClient);
    expect(queued.statusCode).toBe(202);
    // The reviews vanish before the job runs (e.g. comments deleted): nothing to learn from.
    await t.database.db
      .update(experienceComments)
      .set({ reviewedAt: null })
      .where(eq(experienceComments.establishmentId, team.establishment.id));
    await t.app.jobs.drain();
    const { models, corrections } = await overview(admin);
    expect(corrections).toBe(0);
    expect(models.map((m) => [m.status, m.active])).toEqual([
      ['failed', false],
      ['ready', true],
    ]);
    expect(models[0]).toMatchObject({ id: queued.json().id, report: null });
    expect(models[0]!.error).toMatch(/correction/i);
    expect(models[0]!.finishedAt).not.toBeNull();
    expect((await createModelStore(t.database.db).modelFor(team.establishment.id)).id).toBe(
      models[1]!.id,
    );
    const reanalyse = await team.managerClient.post(`${MODELS}/${models[0]!.id}/reanalyse`);
    expect(reanalyse.statusCode).toBe(409);
    expect(problemCode(reanalyse)).toBe('modelNotActive');
  });
});
