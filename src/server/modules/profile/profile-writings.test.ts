import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDemoCommunity, type DemoCommunity } from '../../../../test/support/demo-community';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';

const api = `/api/communities/${DEMO_COMMUNITY_SLUG}`;
let demo: DemoCommunity;
beforeAll(async () => {
  demo = await withDemoCommunity();
});
afterAll(() => demo.t.close());

describe('personal-data export', () => {
  it('gives back what the person wrote in communities, and only that', async () => {
    const thread = await demo.member.post(`${api}/threads`, {
      title: 'Question pour l’export',
      body: 'Texte de la question.',
    });
    expect(thread.statusCode).toBe(201);
    await demo.member.post(`${api}/threads/${thread.json().id}/posts`, { body: 'Ma réponse.' });
    const report = await demo.member.post(`${api}/reports`, {
      establishmentId: null,
      establishmentName: 'EHPAD de l’export (démo)',
      sector: 'ehpad',
      theme: 'formation',
      title: 'Formation commune avec les RU',
      whatWasDone: 'Une demi-journée de formation animée par un binôme.',
      withWhom: '',
      partnershipLevel: 'collaboration',
      results: '',
      lessons: '',
      contact: '',
    });
    expect(report.statusCode).toBe(201);

    const mine = (await demo.member.get('/api/me/export')).json().communityWritings;
    expect(mine.questions.map((q: { title: string }) => q.title)).toContain(
      'Question pour l’export',
    );
    expect(mine.replies).toContainEqual(
      expect.objectContaining({ question: 'Question pour l’export', body: 'Ma réponse.' }),
    );
    expect(mine.reports).toContainEqual(
      expect.objectContaining({
        title: 'Formation commune avec les RU',
        establishmentName: 'EHPAD de l’export (démo)',
        visibility: 'community',
      }),
    );
    const theirs = (await demo.pilot.get('/api/me/export')).json().communityWritings;
    expect(JSON.stringify(theirs)).not.toContain('Question pour l’export');
  });
});
