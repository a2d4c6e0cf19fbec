import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editable, withDemoCommunity } from '../../../../test/support/demo-community';
import { TestClient, type TestApp } from '../../../../test/support/test-app';
import { DEMO_PASSWORD } from '../../demo/demo-data';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';
import type { CommunityPage } from '../../../shared/schemas/communities';

const url = `/api/communities/${DEMO_COMMUNITY_SLUG}`;
let t: TestApp;
let visitor: TestClient;
let pilot: TestClient;
let member: TestClient;
let outsider: TestClient;
let admin: TestClient;

beforeAll(async () => {
  ({ t, visitor, pilot, member, outsider, admin } = await withDemoCommunity());
});
afterAll(() => t.close());

const pageOf = async (client: TestClient, path = url) =>
  (await client.get(path)).json() as CommunityPage;

describe('community directory', () => {
  it('lists the demo community to visitors, with audience and status filters', async () => {
    const all = (await visitor.get('/api/communities')).json();
    expect(all.items.map((c: { slug: string }) => c.slug)).toContain(DEMO_COMMUNITY_SLUG);
    const demo = all.items.find((c: { slug: string }) => c.slug === DEMO_COMMUNITY_SLUG);
    expect(demo).toMatchObject({ memberCount: 4, status: 'active', nextMeetingAt: null });

    const count = async (query: string) =>
      (await visitor.get(`/api/communities?${query}`)).json().total as number;
    expect(await count('sector=ehpad&role=representant_usagers')).toBe(1);
    expect(await count('role=patient_partenaire')).toBe(0);
    expect(await count('status=archived')).toBe(0);
    expect(await count('q=usagers')).toBe(1);
    expect(await count('q=introuvable')).toBe(0);
    expect((await visitor.get('/api/communities?sector=nulle-part')).statusCode).toBe(400);
  });
});

describe('community page', () => {
  it('shows every section of the seed, and keeps contacts and visio links for members', async () => {
    const page = await pageOf(visitor);
    expect(page.objectives).toHaveLength(3);
    expect(page.contributors).toHaveLength(14);
    expect(page.deliverables.map((d) => d.status)).toEqual(['finalise', 'en_cours', 'en_cours']);
    expect(page.audienceSectors).toEqual(['sanitaire', 'ehpad', 'handicap', 'ssiad']);
    expect(page.resources.map((r) => r.type)).toContain('campagne_regionale');
    expect(page.meetings.map((m) => m.mode)).toEqual([
      'visio',
      'visio',
      'visio',
      'a_definir',
      'a_definir',
    ]);
    // 14:30 in Paris: UTC+1 in January, UTC+2 in June.
    expect(page.meetings[0]?.startsAt).toBe('2021-01-19T13:30:00.000Z');
    expect(page.meetings[2]?.startsAt).toBe('2021-06-08T12:30:00.000Z');

    expect(page.viewer).toEqual({
      role: null,
      canEdit: false,
      seesContacts: false,
      pendingRequest: false,
    });
    expect(page.pilots.every((p) => p.phone === null && p.email === null)).toBe(true);
    expect(page.meetings.every((m) => m.link === null)).toBe(true);
    expect((await pageOf(outsider)).pilots[0]?.email).toBeNull();

    const seen = await pageOf(member);
    expect(seen.viewer).toMatchObject({ role: 'member', canEdit: false, seesContacts: true });
    expect(seen.pilots[0]?.email).toBe('pilote@demo.binome.fr');
    expect(seen.meetings[0]?.link).toMatch(/^https:\/\//);
    expect((await pageOf(pilot)).viewer).toMatchObject({ role: 'pilot', canEdit: true });
  });

  it('gives each related resource its own page', async () => {
    const page = await pageOf(visitor);
    const first = page.resources[0]!;
    const resource = (await visitor.get(`${url}/resources/${first.slug}`)).json();
    expect(resource).toMatchObject({
      title: first.title,
      community: { slug: DEMO_COMMUNITY_SLUG },
    });
    expect(resource.body.length).toBeGreaterThan(20);
    expect((await visitor.get(`${url}/resources/inconnue`)).statusCode).toBe(404);
    expect((await visitor.get('/api/communities/inconnue')).statusCode).toBe(404);
  });
});

describe('editing a community page', () => {
  it('is for the community pilots and administrators only', async () => {
    const values = editable(await pageOf(pilot));
    const changed = { ...values, tagline: 'Faire du partenariat une habitude' };
    expect((await visitor.put(url, changed)).statusCode).toBe(401);
    expect((await outsider.put(url, changed)).statusCode).toBe(403);
    expect((await member.put(url, changed)).statusCode).toBe(403);
    expect((await pageOf(visitor)).tagline).toBe(values.tagline);

    const saved = await pilot.put(url, changed);
    expect(saved.statusCode).toBe(200);
    expect((await pageOf(visitor)).tagline).toBe('Faire du partenariat une habitude');
    const byAdmin = await admin.put(url, { ...changed, objectives: ['Un seul objectif'] });
    expect(byAdmin.json().objectives).toEqual(['Un seul objectif']);
    await pilot.put(url, values);

    const audit = (await admin.get('/api/admin/audit?pageSize=100')).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toContain('community.updated');
  });

  it('explains invalid input field by field, in the reader’s language', async () => {
    const values = editable(await pageOf(pilot));
    const bad = {
      ...values,
      title: ' ',
      deliverables: [{ title: 'Guide', status: 'en_cours', url: 'javascript:alert(1)' }],
    };
    const response = await pilot.put(url, bad);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'Ce champ est obligatoire.' },
        { path: 'deliverables.0.url', message: expect.stringContaining('https://') },
      ]),
    );
    const english = new TestClient(t.app, 'en');
    await english.login('pilote@demo.binome.fr', DEMO_PASSWORD);
    const inEnglish = await english.put(url, bad);
    expect(inEnglish.json().errors).toEqual(
      expect.arrayContaining([{ path: 'title', message: 'This field is required.' }]),
    );
  });
});

describe('creating a community', () => {
  it('is for platform pilots and administrators; the creator pilots it', async () => {
    const body = { slug: 'soins-palliatifs-domicile', title: 'Soins palliatifs à domicile' };
    expect((await visitor.post('/api/communities', body)).statusCode).toBe(401);
    expect((await member.post('/api/communities', body)).statusCode).toBe(403);
    const created = await pilot.post('/api/communities', body);
    expect(created.statusCode).toBe(201);
    expect(created.json().viewer).toMatchObject({ role: 'pilot', canEdit: true });
    const again = await admin.post('/api/communities', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([
      { path: 'slug', message: expect.stringContaining('adresse courte') },
    ]);
    const badSlug = await admin.post('/api/communities', { slug: 'Avec Espaces', title: 'X' });
    expect(badSlug.json().errors[0].path).toBe('slug');
  });

  it('hides a non-public community from everyone outside it', async () => {
    const body = { slug: 'groupe-restreint', title: 'Groupe restreint' };
    const created = (await pilot.post('/api/communities', body)).json() as CommunityPage;
    const path = `/api/communities/${body.slug}`;
    expect((await pilot.put(path, { ...editable(created), isPublic: false })).statusCode).toBe(200);

    for (const reader of [visitor, outsider, member]) {
      expect((await reader.get(path)).statusCode).toBe(404);
      const slugs = (await reader.get('/api/communities?pageSize=100'))
        .json()
        .items.map((c: { slug: string }) => c.slug);
      expect(slugs).not.toContain(body.slug);
    }
    expect((await pilot.get(path)).statusCode).toBe(200);
    expect((await admin.get(path)).statusCode).toBe(200);
    const adminList = (await admin.get('/api/communities?pageSize=100')).json();
    expect(adminList.items.map((c: { slug: string }) => c.slug)).toContain(body.slug);
  });
});
