import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories/users';
import { signedIn } from '../../../../test/support/demo-community';
import type { TestApp, TestClient } from '../../../../test/support/test-app';
import type { BinomeDetail, Facilitation } from '../../../shared/schemas/partnership';
import {
  activeDomains,
  agree,
  BINOMES,
  createWorkshop,
  fieldPaths,
  makePair,
  problemCode,
  rateAll,
  register,
  withPartnership,
  WORKSHOPS,
  type Pair,
} from './partnership.testing';

let t: TestApp;
let pilot: TestClient;
let admin: TestClient;
let outsider: TestClient;
let a: Pair;
let b: Pair;
let workshopId: string;
let binomeA: string;
let binomeB: string;

const detail = async (client: TestClient, id = binomeA) => {
  const response = await client.get(`${BINOMES}/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as BinomeDetail;
};
const facilitation = async () => {
  const response = await pilot.get(`${WORKSHOPS}/${workshopId}/facilitation`);
  expect(response.statusCode).toBe(200);
  return response.json() as Facilitation;
};

beforeAll(async () => {
  ({ t, pilot, admin, outsider } = await withPartnership());
  a = await makePair(t, { name: 'Centre hospitalier des Rives' });
  b = await makePair(t, { name: 'EHPAD Les Tilleuls', sector: 'ehpad' });
  workshopId = (await createWorkshop(pilot)).id;
  binomeA = (await register(pilot, workshopId, a)).id;
  binomeB = (await register(pilot, workshopId, b)).id;
});
afterAll(() => t.close());

describe('the binôme space', () => {
  it('opens for its two members only: 404 for facilitators, admins, other binômes, outsiders', async () => {
    const pro = await detail(a.proClient);
    expect(pro.me).toEqual({ id: a.pro.id, name: a.pro.name, side: 'professional' });
    expect(pro.partner).toEqual({ id: a.ru.id, name: a.ru.name, side: 'representative' });
    expect(pro.establishment).toMatchObject({ id: a.establishment.id, sector: 'sanitaire' });
    const ru = await detail(a.ruClient);
    expect(ru.me.side).toBe('representative');
    expect(pro.domains).toHaveLength(9);
    for (const other of [pilot, admin, outsider, b.proClient, b.ruClient]) {
      for (const path of ['', '/history', '/fiche.pdf']) {
        const response = await other.get(`${BINOMES}/${binomeA}${path}`);
        expect({ path, status: response.statusCode }).toEqual({ path, status: 404 });
      }
      const write = await other.put(`${BINOMES}/${binomeA}/expectations`, {
        expectations: 'x',
        preconceptions: 'y',
      });
      expect(write.statusCode).toBe(404);
    }
    expect((await a.proClient.get(`${BINOMES}/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('keeps expectations private until the reveal, then shows the submitted ones', async () => {
    const saved = await a.proClient.put(`${BINOMES}/${binomeA}/expectations`, {
      expectations: 'Que les RU participent à l’analyse des événements indésirables.',
      preconceptions: 'Les RU manquent de temps.',
      submit: true,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as BinomeDetail).myExpectations.submittedAt).not.toBeNull();
    // A draft is still editable after the hand-in, and keeps it handed in.
    const amended = await a.proClient.put(`${BINOMES}/${binomeA}/expectations`, {
      expectations: 'Que les RU participent à l’analyse des événements indésirables (CREX).',
      preconceptions: 'Les RU manquent de temps.',
    });
    expect((amended.json() as BinomeDetail).myExpectations).toMatchObject({
      expectations: 'Que les RU participent à l’analyse des événements indésirables (CREX).',
    });
    await a.ruClient.put(`${BINOMES}/${binomeA}/expectations`, {
      expectations: 'Être associé au projet d’établissement.',
      preconceptions: 'Les professionnels craignent les plaintes.',
      submit: true,
    });
    await b.proClient.put(`${BINOMES}/${binomeB}/expectations`, {
      expectations: 'Brouillon jamais transmis.',
      preconceptions: '',
    });

    const ru = await detail(a.ruClient);
    expect(ru.partnerExpectations).toBeNull();
    expect(ru.partnerExpectationsSubmitted).toBe(true);
    expect(JSON.stringify(ru)).not.toContain('CREX');
    expect(ru.myExpectations.expectations).toBe('Être associé au projet d’établissement.');

    const before = await facilitation();
    expect(before.revealedAt).toBeNull();
    expect(before.expectations).toEqual({
      professional: { expectations: [], preconceptions: [] },
      representative: { expectations: [], preconceptions: [] },
    });
    expect(before.progress.find((p) => p.id === binomeA)).toMatchObject({
      professionalExpectationsSubmitted: true,
      representativeExpectationsSubmitted: true,
      professionalRatingsSubmitted: false,
    });
    expect(before.progress.find((p) => p.id === binomeB)).toMatchObject({
      professionalExpectationsSubmitted: false,
      representativeExpectationsSubmitted: false,
    });
    expect(JSON.stringify(before)).not.toContain('CREX');
    expect(JSON.stringify(before)).not.toContain('Brouillon');

    expect((await pilot.post(`${WORKSHOPS}/${workshopId}/reveal`)).statusCode).toBe(200);

    const after = await detail(a.ruClient);
    expect(after.partnerExpectations).toMatchObject({
      expectations: 'Que les RU participent à l’analyse des événements indésirables (CREX).',
      preconceptions: 'Les RU manquent de temps.',
    });
    expect((await detail(a.proClient)).partnerExpectations?.expectations).toBe(
      'Être associé au projet d’établissement.',
    );
    // B's professional never handed in: their partner gets nothing.
    expect((await detail(b.ruClient, binomeB)).partnerExpectations).toBeNull();

    const revealed = await facilitation();
    expect(revealed.expectations).toEqual({
      professional: {
        expectations: ['Que les RU participent à l’analyse des événements indésirables (CREX).'],
        preconceptions: ['Les RU manquent de temps.'],
      },
      representative: {
        expectations: ['Être associé au projet d’établissement.'],
        preconceptions: ['Les professionnels craignent les plaintes.'],
      },
    });
    // Anonymous: no name of an author nor of an establishment beside the texts.
    expect(JSON.stringify(revealed.expectations)).not.toContain(a.pro.name);
    expect(JSON.stringify(revealed.expectations)).not.toContain(a.establishment.name);
    expect(JSON.stringify(revealed)).not.toContain('Brouillon');

    const late = await a.proClient.put(`${BINOMES}/${binomeA}/expectations`, {
      expectations: 'Trop tard',
      preconceptions: '',
    });
    expect(late.statusCode).toBe(409);
    expect(problemCode(late)).toBe('expectationsRevealed');
    expect(late.json().title).toBe(
      'Les attentes ont déjà été dévoilées : elles ne peuvent plus être modifiées.',
    );
  });

  it('shows the partner’s ratings only once both handed theirs in, and locks them', async () => {
    const domains = await activeDomains(a.proClient);
    const first = domains[0]!;
    // A draft on one domain is fine; handing in an incomplete grid is not.
    const draft = await a.proClient.put(`${BINOMES}/${binomeA}/ratings`, {
      ratings: [{ domainId: first.id, current: 'information', target: 'collaboration' }],
    });
    expect(draft.statusCode).toBe(200);
    expect((draft.json() as BinomeDetail).myRatings).toEqual([
      { domainId: first.id, current: 'information', target: 'collaboration' },
    ]);
    const incomplete = await a.proClient.put(`${BINOMES}/${binomeA}/ratings`, {
      ratings: [{ domainId: first.id, current: 'information', target: 'collaboration' }],
      submit: true,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(fieldPaths(incomplete)).toEqual(['ratings']);
    const unknown = await a.proClient.put(`${BINOMES}/${binomeA}/ratings`, {
      ratings: [{ domainId: crypto.randomUUID(), current: 'information', target: 'information' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(fieldPaths(unknown)).toEqual(['ratings.0.domainId']);

    const mine = await rateAll(a.proClient, binomeA, 'consultation', 'co_construction');
    expect(mine.myRatingsSubmittedAt).not.toBeNull();
    expect(mine.partnerRatings).toBeNull();
    expect(mine.partnerRatingsSubmitted).toBe(false);

    // The partner's draft stays private, even to the member who handed in.
    await rateAll(a.ruClient, binomeA, 'information', 'collaboration', false);
    const stillHidden = await detail(a.proClient);
    expect(stillHidden.partnerRatings).toBeNull();
    expect((await detail(a.ruClient)).partnerRatings).toBeNull();

    const locked = await a.proClient.put(`${BINOMES}/${binomeA}/ratings`, {
      ratings: [],
    });
    expect(locked.statusCode).toBe(409);
    expect(problemCode(locked)).toBe('ratingsSubmitted');

    const early = await a.proClient.put(`${BINOMES}/${binomeA}/positions/${first.id}`, {
      current: 'consultation',
      target: 'collaboration',
    });
    expect(early.statusCode).toBe(409);
    expect(problemCode(early)).toBe('ratingsNotSubmitted');

    await rateAll(a.ruClient, binomeA, 'information', 'collaboration');
    const both = await detail(a.proClient);
    expect(both.partnerRatingsSubmitted).toBe(true);
    expect(both.partnerRatings).toHaveLength(9);
    expect(both.partnerRatings?.[0]).toMatchObject({
      current: 'information',
      target: 'collaboration',
    });
    expect((await detail(a.ruClient)).partnerRatings?.[0]).toMatchObject({
      current: 'consultation',
      target: 'co_construction',
    });

    const progress = (await facilitation()).progress.find((p) => p.id === binomeA);
    expect(progress).toMatchObject({
      professionalRatingsSubmitted: true,
      representativeRatingsSubmitted: true,
      agreedDomains: 0,
    });
    // The facilitator never sees levels.
    expect(JSON.stringify(await facilitation())).not.toContain('co_construction');
  });

  it('records the agreed position, from either member', async () => {
    const [first, second] = await activeDomains(a.proClient);
    const one = await agree(
      a.proClient,
      binomeA,
      first!.id,
      'information',
      'collaboration',
      'Commentaire convenu',
    );
    expect(one.positions).toEqual([
      {
        domainId: first!.id,
        current: 'information',
        target: 'collaboration',
        comment: 'Commentaire convenu',
        agreedAt: expect.any(String),
        agreedBy: a.pro.name,
      },
    ]);
    const changed = await agree(a.ruClient, binomeA, first!.id, 'consultation', 'collaboration');
    expect(changed.positions[0]).toMatchObject({ current: 'consultation', agreedBy: a.ru.name });
    await agree(a.ruClient, binomeA, second!.id, 'consultation', 'co_construction');
    expect((await detail(a.proClient)).positions).toHaveLength(2);
    expect((await facilitation()).progress.find((p) => p.id === binomeA)?.agreedDomains).toBe(2);
    const unknown = await a.proClient.put(
      `${BINOMES}/${binomeA}/positions/${crypto.randomUUID()}`,
      {
        current: 'information',
        target: 'information',
      },
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('keeps stories and actions', async () => {
    const [first] = await activeDomains(a.proClient);
    const story = await a.ruClient.post(`${BINOMES}/${binomeA}/stories`, {
      title: 'Le livret relu par les RU',
      story: 'Le livret d’accueil est devenu lisible.',
      domainId: first!.id,
    });
    expect(story.statusCode, story.body).toBe(201);
    expect(story.json()).toMatchObject({ authorName: a.ru.name, domainId: first!.id });
    const badDomain = await a.ruClient.post(`${BINOMES}/${binomeA}/stories`, {
      title: 'x',
      story: 'y',
      domainId: crypto.randomUUID(),
    });
    expect(badDomain.statusCode).toBe(400);
    expect(fieldPaths(badDomain)).toEqual(['domainId']);

    const action = await a.proClient.post(`${BINOMES}/${binomeA}/actions`, {
      title: 'Inviter un RU au CREX',
      owner: 'Référente qualité',
      dueOn: '2031-09-30',
    });
    expect(action.statusCode, action.body).toBe(201);
    const actionId = action.json().id as string;
    expect(action.json()).toMatchObject({ status: 'a_faire', dueOn: '2031-09-30', domainId: null });
    const updated = await a.ruClient.put(`${BINOMES}/${binomeA}/actions/${actionId}`, {
      title: 'Inviter un RU au CREX',
      status: 'en_cours',
    });
    expect(updated.json()).toMatchObject({ status: 'en_cours', owner: '', dueOn: null });

    const seen = await detail(a.proClient);
    expect(seen.stories.map((s) => s.title)).toEqual(['Le livret relu par les RU']);
    expect(seen.actions.map((x) => x.status)).toEqual(['en_cours']);
    // Another binôme cannot touch them.
    expect((await b.proClient.delete(`${BINOMES}/${binomeA}/actions/${actionId}`)).statusCode).toBe(
      404,
    );
    expect((await a.proClient.delete(`${BINOMES}/${binomeA}/actions/${actionId}`)).statusCode).toBe(
      204,
    );
    expect((await a.proClient.delete(`${BINOMES}/${binomeA}/actions/${actionId}`)).statusCode).toBe(
      404,
    );
    const storyId = story.json().id as string;
    expect((await a.proClient.delete(`${BINOMES}/${binomeA}/stories/${storyId}`)).statusCode).toBe(
      204,
    );
  });

  it('prints the binôme’s sheet for its members', async () => {
    const pdf = await a.proClient.get(`${BINOMES}/${binomeA}/fiche.pdf?lang=en`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="binome-.*\.pdf"$/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('becomes read-only once the workshop is closed, until it is reopened', async () => {
    expect((await pilot.post(`${WORKSHOPS}/${workshopId}/close`)).statusCode).toBe(200);
    const [first] = await activeDomains(a.proClient);
    const closedDetail = await detail(a.proClient);
    expect(closedDetail.readOnly).toBe(true);
    const writes = [
      a.proClient.put(`${BINOMES}/${binomeA}/positions/${first!.id}`, {
        current: 'information',
        target: 'information',
      }),
      a.proClient.post(`${BINOMES}/${binomeA}/stories`, { title: 'x', story: 'y' }),
      a.proClient.post(`${BINOMES}/${binomeA}/actions`, { title: 'x' }),
      b.proClient.put(`${BINOMES}/${binomeB}/ratings`, { ratings: [] }),
      b.proClient.put(`${BINOMES}/${binomeB}/expectations`, {
        expectations: '',
        preconceptions: '',
      }),
    ];
    for (const response of await Promise.all(writes)) {
      expect(response.statusCode).toBe(409);
      expect(problemCode(response)).toBe('workshopClosed');
    }
    expect((await pilot.post(`${WORKSHOPS}/${workshopId}/reopen`)).statusCode).toBe(200);
    expect((await detail(a.proClient)).readOnly).toBe(false);
    expect(
      (await a.proClient.post(`${BINOMES}/${binomeA}/actions`, { title: 'Après réouverture' }))
        .statusCode,
    ).toBe(201);
  });
});

describe('the establishment’s history', () => {
  it('shows the agreed positions of its binômes workshop after workshop, nothing else', async () => {
    const [first, second] = await activeDomains(a.proClient);
    // An earlier workshop, with another binôme of the same establishment (a second RU).
    const earlier = await createWorkshop(pilot, { title: 'Atelier 2030', date: '2030-05-12' });
    const ru2 = await makeUser(t.database, {
      name: 'Deuxième RU',
      links: [{ establishmentId: a.establishment.id, role: 'user_representative' }],
    });
    const ru2Client = await signedIn(t, ru2.email);
    const old = await register(pilot, earlier.id, { ...a, ru: ru2, ruClient: ru2Client });
    await rateAll(a.proClient, old.id, 'information', 'information');
    await rateAll(ru2Client, old.id, 'information', 'information');
    await agree(ru2Client, old.id, first!.id, 'information', 'consultation');
    // Another establishment's positions never appear.
    await rateAll(b.proClient, binomeB, 'co_construction', 'co_construction');
    await rateAll(b.ruClient, binomeB, 'co_construction', 'co_construction');
    await agree(b.proClient, binomeB, first!.id, 'co_construction', 'co_construction');

    const response = await a.ruClient.get(`${BINOMES}/${binomeA}/history`);
    expect(response.statusCode).toBe(200);
    const history = response.json();
    expect(history.workshops).toEqual([
      {
        workshopId: earlier.id,
        title: 'Atelier 2030',
        startsAt: '2030-05-12T12:00:00.000Z',
        positions: [{ domainId: first!.id, current: 'information', target: 'consultation' }],
      },
      {
        workshopId,
        title: 'Atelier binômes RU / professionnels',
        startsAt: '2031-06-10T12:00:00.000Z',
        positions: [
          { domainId: first!.id, current: 'consultation', target: 'collaboration' },
          { domainId: second!.id, current: 'consultation', target: 'co_construction' },
        ],
      },
    ]);
    expect(history.domains).toHaveLength(9);
    // The same history from the older binôme.
    expect((await ru2Client.get(`${BINOMES}/${old.id}/history`)).json().workshops).toHaveLength(2);
    // Only positions, no comments nor individual ratings.
    expect(JSON.stringify(history)).not.toContain('Commentaire convenu');
  });
});

describe('a member who deletes their account', () => {
  it('takes their own answers away, and leaves the binôme’s shared work to the partner', async () => {
    const pair = await makePair(t, { name: 'Clinique du Parc' });
    const id = (await register(pilot, workshopId, pair)).id;
    const [first] = await activeDomains(pair.proClient);
    await rateAll(pair.proClient, id, 'consultation', 'collaboration');
    await rateAll(pair.ruClient, id, 'information', 'collaboration');
    await agree(pair.ruClient, id, first!.id, 'consultation', 'collaboration');
    const story = await pair.ruClient.post(`${BINOMES}/${id}/stories`, {
      title: 'Le livret relu par les usagers',
      story: 'Relu et simplifié ensemble.',
    });
    expect(story.statusCode).toBe(201);

    const gone = await pair.ruClient.delete('/api/me', { password: TEST_PASSWORD });
    expect(gone.statusCode, gone.body).toBe(204);

    const left = await detail(pair.proClient, id);
    expect(left.partner).toEqual({ id: null, name: null, side: 'representative' });
    expect(left.partnerRatings).toBeNull();
    expect(left.partnerRatingsSubmitted).toBe(false);
    expect(left.positions.map((p) => [p.domainId, p.current, p.target, p.agreedBy])).toEqual([
      [first!.id, 'consultation', 'collaboration', null],
    ]);
    expect(left.stories.map((s) => [s.title, s.authorName])).toEqual([
      ['Le livret relu par les usagers', null],
    ]);
    const summary = (await (await pilot.get(`${WORKSHOPS}/${workshopId}`)).json()).binomes.find(
      (x: { id: string }) => x.id === id,
    );
    expect(summary.representative).toEqual({ id: null, name: null });
    expect((await pilot.get(`${WORKSHOPS}/${workshopId}/facilitation`)).statusCode).toBe(200);
    const pdf = await pair.proClient.get(`${BINOMES}/${id}/fiche.pdf`);
    expect(pdf.statusCode).toBe(200);
  });
});

describe('the personal-data export', () => {
  it('holds the person’s own partnership answers, never the partner’s', async () => {
    const data = (await a.proClient.get('/api/me/export')).json();
    const mine = data.partnership.expectations;
    expect(mine).toHaveLength(2); // this workshop and the earlier one of the history test
    expect(mine.every((e: { side: string }) => e.side === 'professional')).toBe(true);
    expect(data.partnership.ratings.length).toBeGreaterThan(0);
    const partner = (await detail(a.ruClient)).myExpectations.expectations;
    expect(partner).not.toBe('');
    expect(JSON.stringify(data)).not.toContain(partner);
  });
});
