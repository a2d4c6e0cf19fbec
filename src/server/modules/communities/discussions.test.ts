import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDemoCommunity } from '../../../../test/support/demo-community';
import type { TestClient, TestApp } from '../../../../test/support/test-app';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';

const threads = `/api/communities/${DEMO_COMMUNITY_SLUG}/threads`;
let t: TestApp;
let visitor: TestClient;
let pilot: TestClient;
let member: TestClient;
let outsider: TestClient;

beforeAll(async () => {
  ({ t, visitor, pilot, member, outsider } = await withDemoCommunity());
});
afterAll(() => t.close());

describe('shared questions', () => {
  it('come with the demo community: two questions, one with its synthesis', async () => {
    const list = (await member.get(threads)).json();
    expect(list.total).toBe(2);
    expect(list.items.map((i: { hasSynthesis: boolean }) => i.hasSynthesis).sort()).toEqual([
      false,
      true,
    ]);
  });

  it('are read and written by members only', async () => {
    const question = {
      title: 'Associer les RU à la cellule qualité ?',
      body: 'Comment avez-vous organisé la présence des RU en cellule de gestion des risques ?',
    };
    expect((await visitor.get(threads)).statusCode).toBe(401);
    expect((await outsider.get(threads)).statusCode).toBe(403);
    expect((await outsider.post(threads, question)).statusCode).toBe(403);

    const created = await member.post(threads, question);
    expect(created.statusCode).toBe(201);
    const thread = created.json();
    expect(thread).toMatchObject({ title: question.title, replyCount: 0, canMarkSynthesis: false });
    expect((await outsider.get(`${threads}/${thread.id}`)).statusCode).toBe(403);
    expect((await outsider.post(`${threads}/${thread.id}/posts`, { body: 'x' })).statusCode).toBe(
      403,
    );

    const list = (await pilot.get(threads)).json();
    expect(list.items.map((i: { title: string }) => i.title)).toContain(question.title);
    expect((await member.post(threads, { title: ' ', body: '' })).statusCode).toBe(400);
  });

  it('take replies in order, and a pilot marks one as the synthesis', async () => {
    const thread = (
      await member.post(threads, { title: 'Focus groups', body: 'Retours ?' })
    ).json();
    const path = `${threads}/${thread.id}`;
    await pilot.post(`${path}/posts`, { body: 'Nous en faisons deux par an.' });
    const replied = (
      await member.post(`${path}/posts`, { body: 'Synthèse : deux par an, avec les RU.' })
    ).json();
    expect(replied.replyCount).toBe(2);
    expect(replied.posts.map((p: { body: string }) => p.body)).toEqual([
      'Nous en faisons deux par an.',
      'Synthèse : deux par an, avec les RU.',
    ]);
    const synthesis = replied.posts[1].id as string;

    expect((await member.put(`${path}/synthesis`, { postId: synthesis })).statusCode).toBe(403);
    const marked = (await pilot.put(`${path}/synthesis`, { postId: synthesis })).json();
    expect(marked.hasSynthesis).toBe(true);
    expect(marked.posts.map((p: { isSynthesis: boolean }) => p.isSynthesis)).toEqual([false, true]);

    const other = (await member.post(threads, { title: 'Autre', body: '…' })).json();
    const foreign = await pilot.put(`${threads}/${other.id}/synthesis`, { postId: synthesis });
    expect(foreign.statusCode).toBe(400);
    expect((await pilot.put(`${path}/synthesis`, { postId: null })).json().hasSynthesis).toBe(
      false,
    );

    // The thread with the latest activity comes first.
    await member.post(`${path}/posts`, { body: 'Relance.' });
    expect((await member.get(threads)).json().items[0].id).toBe(thread.id);
  });

  it('can belong to a sub-group, asked by its members or a pilot, and be filtered by it', async () => {
    const groups = (
      await member.get(`/api/communities/${DEMO_COMMUNITY_SLUG}/subgroups`)
    ).json() as { id: string; name: string }[];
    const sanitaire = groups.find((g) => g.name === 'Sanitaire')!.id;
    const medicoSocial = groups.find((g) => g.name === 'Médico-social')!.id;
    const question = { title: 'Livret d’accueil en FALC', body: 'Qui l’a testé ?' };

    // The demo member belongs to "Médico-social" only.
    const refused = await member.post(threads, { ...question, subgroupId: sanitaire });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      {
        path: 'subgroupId',
        message: 'Choisissez un sous-groupe de cette communauté dont vous êtes membre.',
      },
    ]);
    const unknown = await pilot.post(threads, {
      ...question,
      subgroupId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);

    const mine = await member.post(threads, { ...question, subgroupId: medicoSocial });
    expect(mine.statusCode).toBe(201);
    expect(mine.json().subgroup).toEqual({ id: medicoSocial, name: 'Médico-social' });
    const piloted = await pilot.post(threads, { ...question, subgroupId: sanitaire });
    expect(piloted.statusCode).toBe(201);

    const only = (await member.get(`${threads}?subgroup=${medicoSocial}`)).json();
    expect(only.items.map((i: { id: string }) => i.id)).toEqual([mine.json().id]);
    const all = (await member.get(threads)).json();
    expect(all.items.map((i: { id: string }) => i.id)).toContain(piloted.json().id);
  });
});
