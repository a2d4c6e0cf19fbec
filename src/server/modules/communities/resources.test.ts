import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/support/test-app';
import { makeCommunity } from '../../../../test/factories/communities';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories/users';

let t: TestApp;
let pilot: TestClient;
let api = '';

const card = {
  slug: 'jette-toi-a-l-eau',
  type: 'outil',
  title: 'Le jeu « Jette-toi à l’EAU »',
  subtitle: 'Recueil de la satisfaction et de l’expérience des usagers',
  body: 'Un **jeu de cartes** pour recueillir la parole des usagers.',
  url: 'https://example.org/jeu',
};

beforeAll(async () => {
  t = await createTestApp();
  const owner = await makeUser(t.database);
  api = `/api/communities/${(await makeCommunity(t.database, { pilotId: owner.id })).slug}`;
  pilot = new TestClient(t.app);
  await pilot.login(owner.email, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('related resources ("pour aller plus loin")', () => {
  it('are written by pilots and shown as cards and pages', async () => {
    const created = await pilot.post(`${api}/resources`, card);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ slug: card.slug, type: 'outil', url: card.url });

    const visitor = new TestClient(t.app);
    expect((await visitor.get(api)).json().resources).toEqual([
      { slug: card.slug, type: 'outil', title: card.title, subtitle: card.subtitle },
    ]);
    expect((await visitor.get(`${api}/resources/${card.slug}`)).json().body).toBe(card.body);

    const renamed = await pilot.put(`${api}/resources/${card.slug}`, {
      ...card,
      slug: 'jeu-eau',
      type: 'projet',
    });
    expect(renamed.json()).toMatchObject({ slug: 'jeu-eau', type: 'projet' });
    expect((await visitor.get(`${api}/resources/${card.slug}`)).statusCode).toBe(404);

    expect((await pilot.delete(`${api}/resources/jeu-eau`)).statusCode).toBe(204);
    expect((await visitor.get(api)).json().resources).toEqual([]);
  });

  it('refuse a taken short address and bad fields, in the reader’s language', async () => {
    await pilot.post(`${api}/resources`, { ...card, slug: 'atelier' });
    const taken = await pilot.post(`${api}/resources`, { ...card, slug: 'atelier' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([
      {
        path: 'slug',
        message: 'Une autre ressource de cette communauté utilise déjà cette adresse courte.',
      },
    ]);
    const bad = await pilot.post(`${api}/resources`, {
      ...card,
      slug: 'Pas Un Slug',
      type: 'brochure',
      url: 'javascript:alert(1)',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['slug', 'type', 'url']);
  });
});
