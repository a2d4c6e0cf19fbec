import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCommunity } from '../../../../test/factories/communities';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories/users';
import { signedIn, withDemoCommunity } from '../../../../test/support/demo-community';
import type { TestApp, TestClient } from '../../../../test/support/test-app';
import { communities, communityDocuments } from '../../db/schema';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';
import { DEMO_PASSWORD } from '../../demo/demo-data';
import { DEMO_REPORTS } from '../../demo/seed-demo-reports';

const reports = `/api/communities/${DEMO_COMMUNITY_SLUG}/reports`;
let t: TestApp;
let visitor: TestClient;
let outsider: TestClient;
let member: TestClient;
let author: TestClient;
let pilot: TestClient;
let admin: TestClient;

const report = (overrides: Record<string, unknown> = {}) => ({
  title: 'Un comité de lecture des documents remis aux patients',
  establishmentName: 'EHPAD Les Glycines',
  sector: 'ehpad',
  theme: 'documents_information',
  partnershipLevel: 'collaboration',
  whatWasDone: 'Les résidents et leurs familles relisent le livret d’accueil avant diffusion.',
  withWhom: 'Le conseil de la vie sociale',
  results: 'Un livret plus lisible.',
  lessons: 'Prévoir le temps de relecture dans le calendrier.',
  contact: 'Sandrine Quéré',
  ...overrides,
});

type Summary = { id: string; title: string; visibility: string };
const titles = (body: { items: Summary[] }) => body.items.map((i) => i.title).sort();
const list = async (client: TestClient, url: string) => (await client.get(url)).json();
const create = async (client: TestClient, overrides: Record<string, unknown> = {}) => {
  const response = await client.post(reports, report(overrides));
  expect(response.statusCode).toBe(201);
  return response.json() as Summary & { viewer: Record<string, boolean> };
};
const [riskCell, focusGroups] = DEMO_REPORTS;

beforeAll(async () => {
  ({ t, visitor, outsider, member, pilot, admin } = await withDemoCommunity());
  // Inès Garnier, a member of the demo community, wrote its public report.
  author = await signedIn(t, 'qualite@demo.binome.fr', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('experience reports of the demo community', () => {
  it('are all read by members, the published one only by others', async () => {
    const all = await list(member, reports);
    expect(all.total).toBe(3);
    expect(titles(all)).toEqual(DEMO_REPORTS.map((r) => r.title).sort());
    for (const reader of [visitor, outsider]) {
      const published = await list(reader, reports);
      expect(published.items.map((i: Summary) => i.title)).toEqual([riskCell?.title]);
      expect(published.total).toBe(1);
    }
    expect((await list(pilot, reports)).total).toBe(3);
    expect((await list(admin, reports)).total).toBe(3);
  });

  it('give the contact to members only', async () => {
    const id = (await list(visitor, reports)).items[0].id as string;
    const seen = (await member.get(`${reports}/${id}`)).json();
    expect(seen).toMatchObject({
      title: riskCell?.title,
      contact: riskCell?.contact,
      visibility: 'public',
      author: { name: 'Inès Garnier' },
      viewer: { canEdit: false, canPublish: false, canUnpublish: false },
    });
    expect(seen.establishmentId).not.toBeNull();
    expect(seen.publishedAt).toBe('2024-03-12T09:00:00.000Z');
    for (const reader of [visitor, outsider]) {
      const other = await reader.get(`${reports}/${id}`);
      expect(other.statusCode).toBe(200);
      expect(other.json().contact).toBeNull();
    }
  });

  it('hide the unpublished ones from visitors and non-members (404)', async () => {
    const hidden = (await list(member, reports)).items.find(
      (i: Summary) => i.visibility === 'community',
    ) as Summary;
    expect((await visitor.get(`${reports}/${hidden.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`${reports}/${hidden.id}`)).statusCode).toBe(404);
    expect((await member.get(`${reports}/${hidden.id}`)).statusCode).toBe(200);
    expect((await member.get(`${reports}/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('are filtered, searched in French and paginated', async () => {
    const ids = async (query: string) => titles(await list(member, `${reports}?${query}`));
    expect(await ids('theme=parcours_soins')).toEqual([focusGroups?.title]);
    expect(await ids('partnershipLevel=co_construction')).toEqual([riskCell?.title]);
    expect(await ids('sector=ehpad')).toEqual([]);
    expect(await ids('establishment=val%20d%E2%80%99erdre')).toEqual([focusGroups?.title]);
    // "usager" finds "usagers" (French stemming), "urgence" finds "urgences".
    expect(await ids(`q=${encodeURIComponent('usager')}`)).toContain(riskCell?.title);
    expect(await ids(`q=${encodeURIComponent('urgence')}`)).toEqual([focusGroups?.title]);
    expect(await ids(`q=${encodeURIComponent('"cellule de gestion" -urgences')}`)).toEqual([
      riskCell?.title,
    ]);
    expect(await ids('q=urgence&theme=experience_patient')).toEqual([]);
    const page = await list(member, `${reports}?pageSize=2&page=2`);
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    expect((await member.get(`${reports}?theme=autre`)).statusCode).toBe(400);
  });
});

describe('writing a report', () => {
  it('needs membership (admins included)', async () => {
    expect((await visitor.post(reports, report())).statusCode).toBe(401);
    expect((await outsider.post(reports, report())).statusCode).toBe(403);
    const written = await create(member);
    expect(written).toMatchObject({
      visibility: 'community',
      publishedAt: null,
      author: { name: 'Yannick Bodin' },
      viewer: { canEdit: true, canPublish: true, canUnpublish: true },
    });
    await create(pilot);
    expect((await create(admin)).viewer).toMatchObject({ canEdit: true, canPublish: true });
  });

  it('is validated field by field', async () => {
    const response = await member.post(
      reports,
      report({ title: ' ', sector: 'hopital', whatWasDone: '', contact: 'x'.repeat(301) }),
    );
    expect(response.statusCode).toBe(400);
    const paths = (response.json().errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['contact', 'sector', 'title', 'whatWasDone']);
    const unknown = await member.post(reports, report({ establishmentId: crypto.randomUUID() }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('establishmentId');
  });

  it('is changed and deleted by its author, pilots and admins only', async () => {
    const written = await create(author);
    const path = `${reports}/${written.id}`;
    const changed = report({ title: 'Le livret d’accueil relu par les résidents' });
    expect((await visitor.put(path, changed)).statusCode).toBe(401);
    expect((await outsider.put(path, changed)).statusCode).toBe(404);
    expect((await member.put(path, changed)).statusCode).toBe(403);
    expect((await member.delete(path)).statusCode).toBe(403);
    const updated = await author.put(path, changed);
    expect(updated.statusCode).toBe(200);
    expect(updated.json().title).toBe('Le livret d’accueil relu par les résidents');
    expect((await pilot.put(path, report({ results: 'Relu par le pilote.' }))).statusCode).toBe(
      200,
    );
    expect((await admin.put(path, report())).statusCode).toBe(200);
    expect((await member.get(path)).json().viewer.canEdit).toBe(false);
    expect((await pilot.get(path)).json().viewer).toEqual({
      canEdit: true,
      canPublish: false,
      canUnpublish: true,
    });
    expect((await pilot.delete(path)).statusCode).toBe(204);
    expect((await member.get(path)).statusCode).toBe(404);

    const own = await create(author);
    expect((await author.delete(`${reports}/${own.id}`)).statusCode).toBe(204);
    const other = await create(member);
    expect((await admin.delete(`${reports}/${other.id}`)).statusCode).toBe(204);
  });

  it('of a published report stays closed to non-members (403)', async () => {
    const id = (await list(visitor, reports)).items[0].id as string;
    expect((await outsider.put(`${reports}/${id}`, report())).statusCode).toBe(403);
    expect((await outsider.delete(`${reports}/${id}`)).statusCode).toBe(403);
  });
});

describe('publishing beyond the community', () => {
  it('is the author’s choice; the author or a pilot takes it back', async () => {
    const written = await create(author, { title: 'Un report à publier' });
    const path = `${reports}/${written.id}`;
    const publish = { visibility: 'public' };
    const unpublish = { visibility: 'community' };
    expect((await visitor.put(`${path}/visibility`, publish)).statusCode).toBe(401);
    expect((await outsider.put(`${path}/visibility`, publish)).statusCode).toBe(404);
    expect((await member.put(`${path}/visibility`, publish)).statusCode).toBe(403);
    expect((await pilot.put(`${path}/visibility`, publish)).statusCode).toBe(403);
    expect((await admin.put(`${path}/visibility`, publish)).statusCode).toBe(403);
    expect((await author.put(`${path}/visibility`, { visibility: 'tous' })).statusCode).toBe(400);

    const before = Date.now();
    const published = (await author.put(`${path}/visibility`, publish)).json();
    expect(published.visibility).toBe('public');
    expect(Date.parse(published.publishedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect((await visitor.get(path)).statusCode).toBe(200);
    expect(titles(await list(visitor, '/api/reports'))).toContain('Un report à publier');
    // The pilots hear of it (they answer for what the community shows beyond itself).
    const told = (await pilot.get('/api/notifications')).json().items as {
      kind: string;
      link: string;
    }[];
    expect(told.filter((n) => n.kind === 'report_published').map((n) => n.link)).toEqual([
      `/communautes/${DEMO_COMMUNITY_SLUG}/retours-experience/${written.id}`,
    ]);

    expect((await member.put(`${path}/visibility`, unpublish)).statusCode).toBe(403);
    const taken = (await pilot.put(`${path}/visibility`, unpublish)).json();
    expect(taken).toMatchObject({ visibility: 'community', publishedAt: null });
    expect((await visitor.get(path)).statusCode).toBe(404);
    expect(titles(await list(visitor, '/api/reports'))).not.toContain('Un report à publier');

    await author.put(`${path}/visibility`, publish);
    expect((await author.put(`${path}/visibility`, unpublish)).statusCode).toBe(200);

    const audit = (await admin.get('/api/admin/audit?pageSize=100')).json();
    const actions = (audit.items as { action: string; targetId: string }[])
      .filter((e) => e.targetId === written.id)
      .map((e) => e.action);
    expect(actions.sort()).toEqual([
      'community.report_created',
      'community.report_published',
      'community.report_published',
      'community.report_unpublished',
      'community.report_unpublished',
    ]);
  });

  it('lists published reports of public communities across the platform', async () => {
    const hiddenPilot = await makeUser(t.database);
    const hidden = await makeCommunity(t.database, { pilotId: hiddenPilot.id, isPublic: false });
    const hiddenPilotClient = await signedIn(t, hiddenPilot.email, TEST_PASSWORD);
    const base = `/api/communities/${hidden.slug}/reports`;
    const secret = await hiddenPilotClient.post(
      base,
      report({ title: 'Dans une communauté fermée' }),
    );
    expect(secret.statusCode).toBe(201);
    const id = secret.json().id as string;
    expect(
      (await hiddenPilotClient.put(`${base}/${id}/visibility`, { visibility: 'public' }))
        .statusCode,
    ).toBe(200);
    // A non-public community does not exist for outsiders, even its published reports.
    expect((await visitor.get(base)).statusCode).toBe(404);
    expect((await visitor.get(`${base}/${id}`)).statusCode).toBe(404);
    expect((await outsider.get(base)).statusCode).toBe(404);
    expect((await admin.get(`${base}/${id}`)).statusCode).toBe(200);

    const everywhere = await list(visitor, '/api/reports');
    expect(titles(everywhere)).not.toContain('Dans une communauté fermée');
    expect(titles(everywhere)).toContain(riskCell?.title);
    expect(everywhere.items[0].community).toEqual({
      slug: DEMO_COMMUNITY_SLUG,
      title: expect.any(String),
    });
    const filtered = await list(visitor, '/api/reports?q=usagers&theme=evenements_indesirables');
    expect(titles(filtered)).toEqual([riskCell?.title]);
  });
});

describe('attachments', () => {
  async function document(communityId: string, visibility: string, title: string) {
    const [row] = await t.database.db
      .insert(communityDocuments)
      .values({ communityId, title, visibility })
      .returning();
    return row?.id as string;
  }

  it('are documents of the same community, shown to those who may download them', async () => {
    const written = await create(author, { title: 'Avec pièces jointes' });
    const path = `${reports}/${written.id}`;
    const [demo] = await t.database.db
      .select({ id: communities.id })
      .from(communities)
      .where(eq(communities.slug, DEMO_COMMUNITY_SLUG));
    const demoId = demo?.id as string;
    const open = await document(demoId, 'public', 'Affiche');
    const internal = await document(demoId, 'members', 'Compte rendu');
    const pilotsOnly = await document(demoId, 'pilots', 'Budget');
    const elsewhere = await makeCommunity(t.database, { pilotId: (await makeUser(t.database)).id });
    const foreign = await document(elsewhere.id, 'public', 'Ailleurs');

    expect((await visitor.post(`${path}/attachments`, { documentId: open })).statusCode).toBe(401);
    expect((await outsider.post(`${path}/attachments`, { documentId: open })).statusCode).toBe(404);
    expect((await member.post(`${path}/attachments`, { documentId: open })).statusCode).toBe(403);
    const bad = await author.post(`${path}/attachments`, { documentId: foreign });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('documentId');
    // A member cannot attach what only pilots may download; a pilot can.
    expect((await author.post(`${path}/attachments`, { documentId: pilotsOnly })).statusCode).toBe(
      400,
    );
    await author.post(`${path}/attachments`, { documentId: open });
    const twice = await author.post(`${path}/attachments`, { documentId: internal });
    expect(twice.json().attachments.map((a: { title: string }) => a.title)).toEqual([
      'Affiche',
      'Compte rendu',
    ]);
    expect((await pilot.post(`${path}/attachments`, { documentId: pilotsOnly })).statusCode).toBe(
      200,
    );
    expect((await pilot.get(path)).json().attachments).toHaveLength(3);
    expect((await member.get(path)).json().attachments).toHaveLength(2);

    await author.put(`${path}/visibility`, { visibility: 'public' });
    expect((await visitor.get(path)).json().attachments).toEqual([{ id: open, title: 'Affiche' }]);

    expect((await visitor.delete(`${path}/attachments/${open}`)).statusCode).toBe(401);
    expect((await outsider.delete(`${path}/attachments/${open}`)).statusCode).toBe(403);
    expect((await member.delete(`${path}/attachments/${open}`)).statusCode).toBe(403);
    const detached = await author.delete(`${path}/attachments/${open}`);
    expect(detached.statusCode).toBe(200);
    expect(detached.json().attachments.map((a: { id: string }) => a.id)).toEqual([internal]);
  });
});
