import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../../../test/support/test-app';
import { experienceActions, experienceThemes } from '../../../db/schema';
import type {
  ExperienceAction,
  Finding,
  FocusGroupDetail,
  ThemeFinding,
} from '../../../../shared/schemas/experience';
import {
  createFocusGroup,
  fieldPaths,
  FOCUS_GROUPS,
  withFocusGroups,
  type Team,
} from './focus-groups.testing';

let t: TestApp;
let admin: TestClient;
let observer: TestClient;
let a: Team;
let b: Team;
let group: FocusGroupDetail;

const findingsUrl = () => `${FOCUS_GROUPS}/${group.id}/findings`;
const detail = async (client: TestClient = a.pro.client) =>
  (await client.get(`${FOCUS_GROUPS}/${group.id}`)).json() as FocusGroupDetail;
async function addFinding(client: TestClient, body: Record<string, unknown>) {
  const response = await client.post(findingsUrl(), body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Finding;
}

beforeAll(async () => {
  ({ t, admin, observer, a, b } = await withFocusGroups());
  group = await createFocusGroup(a.pro.client, a);
});
afterAll(() => t.close());

describe('findings', () => {
  it('are recorded with taxonomy themes, in order, by the editors of the session', async () => {
    const first = await addFinding(a.pro.client, {
      text: 'La nuit, l’attente aux urgences dépasse souvent quatre heures.',
      themes: ['attente', 'organisation', 'attente'],
      sentiment: 'negatif',
    });
    expect(first).toMatchObject({
      themes: ['attente', 'organisation'],
      sentiment: 'negatif',
      actions: [],
    });
    // The session's facilitator (an RU) records findings too; the other RU does not.
    const second = await addFinding(a.ru.client, {
      text: 'Les soignants prennent le temps d’expliquer.',
      themes: ['relations'],
      sentiment: 'positif',
    });
    expect(
      (await a.otherRu.client.post(findingsUrl(), { text: 'Non', themes: [] })).statusCode,
    ).toBe(403);
    expect((await b.pro.client.post(findingsUrl(), { text: 'Non', themes: [] })).statusCode).toBe(
      404,
    );

    const read = await detail(a.otherRu.client);
    expect(read.findings).toBe(2);
    expect(read.findingList.map((f) => f.id)).toEqual([first.id, second.id]);
  });

  it('refuse unknown, retired and merged themes', async () => {
    const unknown = await a.pro.client.post(findingsUrl(), {
      text: 'Constat',
      themes: ['relations', 'piscine'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(fieldPaths(unknown)).toEqual(['themes.1']);

    const kept = await addFinding(a.pro.client, {
      text: 'Les repas arrivent froids.',
      themes: ['repas'],
    });
    await t.database.db
      .update(experienceThemes)
      .set({ retiredAt: new Date() })
      .where(eq(experienceThemes.code, 'repas'));
    const retired = await a.pro.client.post(findingsUrl(), { text: 'Constat', themes: ['repas'] });
    expect(fieldPaths(retired)).toEqual(['themes.0']);
    // A finding keeps a theme retired since; a new one cannot be added to it.
    const edited = await a.pro.client.put(`${findingsUrl()}/${kept.id}`, {
      text: 'Les repas arrivent souvent froids.',
      themes: ['repas', 'chambre'],
      sentiment: 'negatif',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      text: 'Les repas arrivent souvent froids.',
      themes: ['repas', 'chambre'],
      sentiment: 'negatif',
    });
    const added = await a.pro.client.put(`${findingsUrl()}/${kept.id}`, {
      text: 'Les repas arrivent souvent froids.',
      themes: ['hygiene', 'frais'],
    });
    expect(added.statusCode).toBe(200);
    const again = await a.pro.client.put(`${findingsUrl()}/${kept.id}`, {
      text: 'Les repas arrivent souvent froids.',
      themes: ['repas'],
    });
    expect(fieldPaths(again)).toEqual(['themes.0']);

    const invalid = await a.pro.client.post(findingsUrl(), { text: '', sentiment: 'furieux' });
    expect(fieldPaths(invalid).sort()).toEqual(['sentiment', 'text']);
  });

  it('become actions, whose status, owner and due date move on', async () => {
    const finding = await addFinding(a.pro.client, {
      text: 'Personne n’explique la sortie.',
      themes: ['sortie', 'information'],
    });
    const url = `${findingsUrl()}/${finding.id}/actions`;
    const created = await a.ru.client.post(url, { title: 'Remettre un livret de sortie' });
    expect(created.statusCode).toBe(201);
    const action = created.json() as ExperienceAction;
    expect(action).toMatchObject({
      findingId: finding.id,
      title: 'Remettre un livret de sortie',
      theme: 'sortie',
      owner: '',
      dueOn: null,
      status: 'a_faire',
    });
    const chosen = await a.pro.client.post(url, {
      title: 'Informer les proches',
      theme: 'proches',
      owner: 'Cadre de santé',
      dueOn: '2025-06-30',
    });
    expect((chosen.json() as ExperienceAction).theme).toBe('proches');
    expect(fieldPaths(await a.pro.client.post(url, { title: 'x', theme: 'piscine' }))).toEqual([
      'theme',
    ]);
    expect(
      fieldPaths(await a.pro.client.post(url, { title: '', dueOn: '31/06/2025' })).sort(),
    ).toEqual(['dueOn', 'title']);

    const actionUrl = `${FOCUS_GROUPS}/${group.id}/actions/${action.id}`;
    const patched = await a.ru.client.patch(actionUrl, {
      status: 'en_cours',
      owner: 'Direction des soins',
      dueOn: '2025-09-01',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      title: 'Remettre un livret de sortie',
      status: 'en_cours',
      owner: 'Direction des soins',
      dueOn: '2025-09-01',
    });
    expect((await a.pro.client.patch(actionUrl, { dueOn: null })).json()).toMatchObject({
      status: 'en_cours',
      dueOn: null,
    });
    expect(fieldPaths(await a.pro.client.patch(actionUrl, { status: 'oublie' }))).toEqual([
      'status',
    ]);
    expect((await a.otherRu.client.patch(actionUrl, { status: 'fait' })).statusCode).toBe(403);

    const shown = (await detail()).findingList.find((f) => f.id === finding.id);
    expect(shown?.actions.map((x) => [x.title, x.status])).toEqual([
      ['Remettre un livret de sortie', 'en_cours'],
      ['Informer les proches', 'a_faire'],
    ]);

    // An action is reached only through its own session.
    const other = await createFocusGroup(a.pro.client, a, { title: 'Autre séance' });
    expect(
      (
        await a.pro.client.patch(`${FOCUS_GROUPS}/${other.id}/actions/${action.id}`, {
          status: 'fait',
        })
      ).statusCode,
    ).toBe(404);

    expect((await a.pro.client.delete(actionUrl)).statusCode).toBe(204);
    expect((await a.pro.client.delete(actionUrl)).statusCode).toBe(404);

    // Deleting the finding deletes the actions decided from it.
    expect((await a.pro.client.delete(`${findingsUrl()}/${finding.id}`)).statusCode).toBe(204);
    const left = await t.database.db
      .select()
      .from(experienceActions)
      .where(eq(experienceActions.findingId, finding.id));
    expect(left).toEqual([]);
    expect((await detail()).findingList.some((f) => f.id === finding.id)).toBe(false);
  });

  it('are deleted with their session, with their actions', async () => {
    const doomed = await createFocusGroup(a.pro.client, a, { title: 'Séance annulée' });
    const finding = (
      await a.pro.client.post(`${FOCUS_GROUPS}/${doomed.id}/findings`, {
        text: 'Constat',
        themes: ['accueil'],
      })
    ).json() as Finding;
    await a.pro.client.post(`${FOCUS_GROUPS}/${doomed.id}/findings/${finding.id}/actions`, {
      title: 'Action',
    });
    expect((await a.pro.client.delete(`${FOCUS_GROUPS}/${doomed.id}`)).statusCode).toBe(204);
    const orphans = await t.database.db
      .select()
      .from(experienceActions)
      .where(eq(experienceActions.title, 'Action'));
    expect(orphans).toEqual([]);
  });
});

describe('findings beside the comments', () => {
  const themed = (client: TestClient, establishmentId: string, theme?: string) =>
    client.get(
      `/api/experience/findings?establishmentId=${establishmentId}${theme ? `&theme=${theme}` : ''}`,
    );

  it('list the establishment’s findings on a theme, merged themes included', async () => {
    const older = await createFocusGroup(b.pro.client, b, {
      title: 'Séance de l’automne',
      heldOn: '2024-10-01',
    });
    const newer = await createFocusGroup(b.pro.client, b, {
      title: 'Séance du printemps',
      heldOn: '2025-04-01',
    });
    const add = async (id: string, text: string, themes: string[]) =>
      b.pro.client.post(`${FOCUS_GROUPS}/${id}/findings`, { text, themes, sentiment: 'negatif' });
    await add(older.id, 'On attend des heures.', ['attente']);
    await add(newer.id, 'Les délais de rendez-vous sont longs.', ['attente', 'organisation']);
    await add(newer.id, 'Le parking est loin.', ['acces']);
    // A theme merged into "attente" since a finding carried it.
    await t.database.db
      .insert(experienceThemes)
      .values({ code: 'attente_nuit', labelFr: 'Attente la nuit', labelEn: 'Night waits' });
    await add(older.id, 'La nuit, personne ne passe.', ['attente_nuit']);
    await t.database.db
      .update(experienceThemes)
      .set({ mergedInto: 'attente', retiredAt: new Date() })
      .where(eq(experienceThemes.code, 'attente_nuit'));

    const response = await themed(b.ru.client, b.establishment.id, 'attente');
    expect(response.statusCode).toBe(200);
    const items = response.json() as ThemeFinding[];
    expect(items.map((f) => [f.focusGroupTitle, f.heldOn, f.text])).toEqual([
      ['Séance du printemps', '2025-04-01', 'Les délais de rendez-vous sont longs.'],
      ['Séance de l’automne', '2024-10-01', 'On attend des heures.'],
      ['Séance de l’automne', '2024-10-01', 'La nuit, personne ne passe.'],
    ]);
    expect(items[0]).toMatchObject({
      focusGroupId: newer.id,
      themes: ['attente', 'organisation'],
      sentiment: 'negatif',
    });
    const parking = (
      await themed(b.ru.client, b.establishment.id, 'acces')
    ).json() as ThemeFinding[];
    expect(parking.map((f) => f.text)).toEqual(['Le parking est loin.']);
    expect(((await themed(admin, b.establishment.id)).json() as ThemeFinding[]).length).toBe(4);
    // Another establishment's findings never show.
    expect((await themed(a.pro.client, a.establishment.id, 'acces')).json()).toEqual([]);

    expect((await themed(a.pro.client, b.establishment.id, 'attente')).statusCode).toBe(403);
    expect((await themed(observer, b.establishment.id, 'attente')).statusCode).toBe(403);
  });
});
