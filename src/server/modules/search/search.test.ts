import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makePrivateCommunity,
  withDemoCommunity,
  type DemoCommunity,
} from '../../../../test/support/demo-community';
import type { TestClient } from '../../../../test/support/test-app';
import { communities, communityDocuments, communityReports } from '../../db/schema';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type SearchHit,
  type SearchResults,
} from '../../../shared/schemas/search';

const slug = DEMO_COMMUNITY_SLUG;
let demo: DemoCommunity;

async function search(client: TestClient, query: string) {
  const response = await client.get(`/api/search?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as SearchResults;
}
const kindsAndTitles = (results: SearchResults) =>
  results.items.map((hit: SearchHit) => `${hit.kind}:${hit.title}`).sort();

beforeAll(async () => {
  demo = await withDemoCommunity();
  const db = demo.t.database.db;
  const [community] = await db.select().from(communities).where(eq(communities.slug, slug));
  const communityId = community!.id;
  await db.insert(communityDocuments).values(
    (['public', 'members', 'pilots'] as const).map((visibility) => ({
      communityId,
      title: `Charte de la cellule qualité (${visibility})`,
      visibility,
    })),
  );
  const report = {
    communityId,
    establishmentName: 'EHPAD Les Tilleuls (démo)',
    sector: 'ehpad',
    theme: 'evenements_indesirables',
    whatWasDone: 'Les représentants des usagers siègent à la cellule de retour d’expérience.',
    partnershipLevel: 'collaboration',
  };
  await db.insert(communityReports).values([
    { ...report, title: 'Cellule des événements indésirables ouverte', visibility: 'public' },
    { ...report, title: 'Cellule des événements indésirables, bilan interne' },
  ]);
  const thread = await demo.member.post(`/api/communities/${slug}/threads`, {
    title: 'Pictogrammes pour les livrets d’accueil',
    body: 'Qui a testé des pictogrammes avec des résidents ?',
  });
  expect(thread.statusCode).toBe(201);
  const reply = await demo.pilot.post(
    `/api/communities/${slug}/threads/${thread.json().id}/posts`,
    { body: 'Nous avons essayé la médiation animale en unité protégée.' },
  );
  expect(reply.statusCode).toBe(201);
});
afterAll(() => demo.t.close());

describe('full-text search', () => {
  it('finds the public page by a stemmed French word, with the match highlighted', async () => {
    // "bientraitances" and "promouvoir"-style variants meet the page's "bientraitance".
    const results = await search(demo.visitor, 'q=bientraitances');
    const page = results.items.find((hit) => hit.kind === 'community');
    expect(page).toMatchObject({ link: `/communautes/${slug}`, community: { slug } });
    expect(page?.snippet).toContain(`${HIGHLIGHT_START}bientraitance${HIGHLIGHT_END}`);
    expect(results.items.map((hit) => hit.kind)).toContain('resource');
    // Snippets are plain text: the page's Markdown marks do not show.
    const montreal = (await search(demo.visitor, 'q=Montréal&kind=community')).items[0];
    expect(montreal?.snippet).toContain(`modèle de ${HIGHLIGHT_START}Montréal${HIGHLIGHT_END}`);
    expect(montreal?.snippet).not.toMatch(/\*/);
  });

  it('keeps discussions for members', async () => {
    expect((await search(demo.visitor, 'q=pictogramme')).total).toBe(0);
    expect((await search(demo.visitor, 'q=pictogramme&kind=thread')).items).toEqual([]);
    expect((await search(demo.outsider, 'q=pictogramme')).total).toBe(0);
    const member = await search(demo.member, 'q=pictogramme');
    expect(member.items.map((hit) => hit.kind)).toEqual(['thread']);
    const reply = (await search(demo.member, 'q=médiation animale')).items[0];
    expect(reply?.kind).toBe('post');
    expect(reply?.title).toBe('Pictogrammes pour les livrets d’accueil');
    expect(reply?.link).toMatch(
      new RegExp(`^/communautes/${slug}/discussions/[0-9a-f-]{36}#reponse-`),
    );
  });

  it('shows reports and documents according to their visibility', async () => {
    const reports = 'q=Tilleuls&kind=report';
    expect(kindsAndTitles(await search(demo.visitor, reports))).toEqual([
      'report:Cellule des événements indésirables ouverte',
    ]);
    expect((await search(demo.member, reports)).total).toBe(2);

    const documents = 'q=charte&kind=document';
    expect((await search(demo.visitor, documents)).items.map((h) => h.title)).toEqual([
      'Charte de la cellule qualité (public)',
    ]);
    expect((await search(demo.member, documents)).total).toBe(2);
    expect((await search(demo.pilot, documents)).total).toBe(3);
    expect((await search(demo.admin, documents)).total).toBe(3);
  });

  it('hides members-only communities from outsiders, not from administrators', async () => {
    await makePrivateCommunity(demo.admin, {
      slug: 'confidentielle',
      title: 'Groupe confidentiel',
      context: 'Travaux sur la contention en psychiatrie.',
    });
    expect((await search(demo.outsider, 'q=contention')).total).toBe(0);
    expect((await search(demo.visitor, 'q=contention')).total).toBe(0);
    expect(kindsAndTitles(await search(demo.admin, 'q=contention'))).toEqual([
      'community:Groupe confidentiel',
    ]);
  });

  it('pages, filters by community and refuses a one-letter query', async () => {
    const all = await search(demo.pilot, 'q=usager');
    expect(all.total).toBeGreaterThan(2);
    const first = await search(demo.pilot, 'q=usager&pageSize=1');
    const second = await search(demo.pilot, 'q=usager&pageSize=1&page=2');
    expect(first.total).toBe(all.total);
    expect(first.items).toHaveLength(1);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect((await search(demo.pilot, 'q=usager&community=autre-chose')).total).toBe(0);
    const invalid = await demo.visitor.get('/api/search?q=a');
    expect(invalid.statusCode).toBe(400);
  });
});
