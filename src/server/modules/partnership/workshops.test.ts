import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCommunity } from '../../../../test/factories/communities';
import { makeEstablishment } from '../../../../test/factories/establishments';
import { makeUser } from '../../../../test/factories/users';
import { signedIn } from '../../../../test/support/demo-community';
import type { TestApp, TestClient } from '../../../../test/support/test-app';
import type { WorkshopDetail, WorkshopSummary } from '../../../shared/schemas/partnership';
import {
  createWorkshop,
  fieldPaths,
  makePair,
  problemCode,
  register,
  withPartnership,
  workshopInput,
  WORKSHOPS,
  type Pair,
} from './partnership.testing';

let t: TestApp;
let pilot: TestClient;
let admin: TestClient;
let outsider: TestClient;
let a: Pair;
let b: Pair;

type Page = { items: WorkshopSummary[]; total: number };
const titles = async (client: TestClient, query = '') => {
  const response = await client.get(`${WORKSHOPS}${query}`);
  expect(response.statusCode).toBe(200);
  return (response.json() as Page).items.map((w) => w.title);
};
const auditActions = async () =>
  (await admin.get('/api/admin/audit?pageSize=100'))
    .json()
    .items.map((e: { action: string }) => e.action);

beforeAll(async () => {
  ({ t, pilot, admin, outsider } = await withPartnership());
  a = await makePair(t, { name: 'Centre hospitalier du Lac' });
  b = await makePair(t, { name: 'Maison d’accueil spécialisée', sector: 'handicap' });
});
afterAll(() => t.close());

describe('workshops', () => {
  it('are created by facilitators, in Paris time, with their invited communities', async () => {
    const community = await makeCommunity(t.database, {
      pilotId: (await makeUser(t.database)).id,
    });
    const created = await createWorkshop(pilot, {
      title: 'Atelier d’été',
      date: '2031-07-01',
      start: '09:30',
      end: '12:00',
      mode: 'presentiel',
      place: 'Maison des associations, Nantes',
      link: null,
      communityIds: [community.id],
    });
    expect(created).toMatchObject({
      title: 'Atelier d’été',
      startsAt: '2031-07-01T07:30:00.000Z',
      endsAt: '2031-07-01T10:00:00.000Z',
      mode: 'presentiel',
      place: 'Maison des associations, Nantes',
      revealedAt: null,
      closedAt: null,
      binomeCount: 0,
      myBinomeId: null,
      canFacilitate: true,
      binomes: [],
      communities: [{ id: community.id, slug: community.slug, title: community.title }],
    });
    // Winter time: UTC+1.
    expect((await createWorkshop(admin, { date: '2031-12-02', start: '14:00' })).startsAt).toBe(
      '2031-12-02T13:00:00.000Z',
    );
    expect(await auditActions()).toContain('partnership.workshop_created');

    const unknown = await pilot.post(
      WORKSHOPS,
      workshopInput({ communityIds: [community.id, crypto.randomUUID()] }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(fieldPaths(unknown)).toEqual(['communityIds.1']);
    const noPlace = await pilot.post(WORKSHOPS, workshopInput({ mode: 'presentiel', place: '' }));
    expect(fieldPaths(noPlace)).toEqual(['place']);
    expect((await a.proClient.post(WORKSHOPS, workshopInput())).statusCode).toBe(403);
  });

  it('are listed to facilitators, participants and members of invited communities only', async () => {
    const member = await makeUser(t.database);
    const memberClient = await signedIn(t, member.email);
    const community = await makeCommunity(t.database, {
      pilotId: b.pro.id,
      memberIds: [member.id],
    });
    const invited = await createWorkshop(pilot, {
      title: 'Atelier invité',
      date: '2032-01-20',
      communityIds: [community.id],
    });
    const withBinome = await createWorkshop(pilot, {
      title: 'Atelier du binôme',
      date: '2032-02-03',
    });
    const binome = await register(pilot, withBinome.id, a);
    await createWorkshop(pilot, { title: 'Atelier passé', date: '2020-03-10' });

    expect(await titles(memberClient)).toEqual(['Atelier invité']);
    expect(await titles(a.proClient)).toEqual(['Atelier du binôme']);
    expect(await titles(outsider)).toEqual([]);
    const mine = (await a.ruClient.get(WORKSHOPS)).json() as Page;
    expect(mine.items[0]).toMatchObject({ myBinomeId: binome.id, binomeCount: 1 });

    // Facilitators see all: upcoming soonest first, past latest first.
    const upcoming = await titles(pilot, '?period=upcoming&pageSize=100');
    expect(upcoming.indexOf('Atelier invité')).toBeLessThan(upcoming.indexOf('Atelier du binôme'));
    expect(upcoming).not.toContain('Atelier passé');
    expect(await titles(pilot, '?period=past')).toEqual(['Atelier passé']);
    const all = (await pilot.get(`${WORKSHOPS}?pageSize=2`)).json() as Page;
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThanOrEqual(5);

    // Detail: 404 when not visible; binômes for facilitators and participants only.
    expect((await outsider.get(`${WORKSHOPS}/${withBinome.id}`)).statusCode).toBe(404);
    expect((await memberClient.get(`${WORKSHOPS}/${withBinome.id}`)).statusCode).toBe(404);
    const forMember = (
      await memberClient.get(`${WORKSHOPS}/${invited.id}`)
    ).json() as WorkshopDetail;
    expect(forMember).toMatchObject({ canFacilitate: false, binomes: [], myBinomeId: null });
    const forParticipant = (await a.proClient.get(`${WORKSHOPS}/${withBinome.id}`)).json();
    expect(forParticipant.binomes.map((x: { id: string }) => x.id)).toEqual([binome.id]);
    expect(forParticipant.myBinomeId).toBe(binome.id);
    expect((await pilot.get(`${WORKSHOPS}/${withBinome.id}`)).json().binomes).toHaveLength(1);
  });

  it('are updated and deleted by facilitators', async () => {
    const created = await createWorkshop(pilot);
    const updated = await admin.put(
      `${WORKSHOPS}/${created.id}`,
      workshopInput({ title: 'Atelier renommé', start: '10:00', end: '11:00' }),
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      title: 'Atelier renommé',
      startsAt: '2031-06-10T08:00:00.000Z',
    });
    expect((await a.proClient.put(`${WORKSHOPS}/${created.id}`, workshopInput())).statusCode).toBe(
      403,
    );
    expect((await a.proClient.delete(`${WORKSHOPS}/${created.id}`)).statusCode).toBe(403);
    expect((await pilot.delete(`${WORKSHOPS}/${created.id}`)).statusCode).toBe(204);
    expect((await pilot.get(`${WORKSHOPS}/${created.id}`)).statusCode).toBe(404);
    expect((await pilot.delete(`${WORKSHOPS}/${created.id}`)).statusCode).toBe(404);
  });

  it('are revealed once, closed and reopened', async () => {
    const created = await createWorkshop(pilot);
    const revealed = (await pilot.post(`${WORKSHOPS}/${created.id}/reveal`)).json();
    expect(revealed.revealedAt).not.toBeNull();
    t.clock.advanceMinutes(5);
    const again = (await admin.post(`${WORKSHOPS}/${created.id}/reveal`)).json();
    expect(again.revealedAt).toBe(revealed.revealedAt);
    const closed = (await pilot.post(`${WORKSHOPS}/${created.id}/close`)).json();
    expect(closed.closedAt).not.toBeNull();
    expect((await pilot.post(`${WORKSHOPS}/${created.id}/reopen`)).json().closedAt).toBeNull();
    expect((await a.proClient.post(`${WORKSHOPS}/${created.id}/reveal`)).statusCode).toBe(403);
    const actions = await auditActions();
    expect(actions.filter((x: string) => x === 'partnership.revealed')).toHaveLength(1);
    expect(actions).toEqual(expect.arrayContaining(['partnership.closed', 'partnership.reopened']));
  });
});

describe('registering binômes', () => {
  it('tells both members they are registered, then that the expectations are revealed', async () => {
    const pair = await makePair(t, { name: 'Clinique des Tilleuls' });
    const created = await createWorkshop(pilot, { title: 'Atelier des Tilleuls' });
    const binome = await register(pilot, created.id, pair);
    const news = async (client: TestClient) =>
      (
        (await client.get('/api/notifications')).json() as {
          items: { kind: string; link: string; data: Record<string, string> }[];
        }
      ).items;
    for (const client of [pair.proClient, pair.ruClient])
      expect(await news(client)).toEqual([
        expect.objectContaining({
          kind: 'workshop_registration',
          link: `/partenariat/binomes/${binome.id}`,
          data: { workshopTitle: 'Atelier des Tilleuls', startsAt: created.startsAt },
        }),
      ]);
    expect((await pilot.post(`${WORKSHOPS}/${created.id}/reveal`, {})).statusCode).toBe(200);
    // A second reveal changes nothing, and tells nobody twice.
    expect((await pilot.post(`${WORKSHOPS}/${created.id}/reveal`, {})).statusCode).toBe(200);
    for (const client of [pair.proClient, pair.ruClient])
      expect((await news(client)).map((n) => [n.kind, n.link])).toEqual([
        ['workshop_revealed', `/partenariat/ateliers/${created.id}`],
        ['workshop_registration', `/partenariat/binomes/${binome.id}`],
      ]);
    // People of other binômes hear nothing of this workshop.
    const others = await news(a.proClient);
    expect(others.filter((n) => n.link.includes(created.id) || n.link.includes(binome.id))).toEqual(
      [],
    );
  });

  it('offers the establishment’s quality managers and user representatives', async () => {
    const created = await createWorkshop(pilot);
    const response = await pilot.get(
      `${WORKSHOPS}/${created.id}/candidates?establishmentId=${a.establishment.id}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      professionals: [{ id: a.pro.id, name: a.pro.name }],
      representatives: [{ id: a.ru.id, name: a.ru.name }],
    });
    expect(
      (
        await a.proClient.get(
          `${WORKSHOPS}/${created.id}/candidates?establishmentId=${a.establishment.id}`,
        )
      ).statusCode,
    ).toBe(403);
  });

  it('checks roles, and one binôme per person and workshop', async () => {
    const created = await createWorkshop(pilot);
    const url = `${WORKSHOPS}/${created.id}/binomes`;
    // Swapped roles, and people of another establishment.
    const swapped = await pilot.post(url, {
      establishmentId: a.establishment.id,
      professionalId: a.ru.id,
      representativeId: b.ru.id,
    });
    expect(swapped.statusCode).toBe(400);
    expect(fieldPaths(swapped)).toEqual(['professionalId', 'representativeId']);
    expect(swapped.json().errors[0].message).toContain('référente qualité-risques');
    const noEstablishment = await pilot.post(url, {
      establishmentId: crypto.randomUUID(),
      professionalId: a.pro.id,
      representativeId: a.ru.id,
    });
    expect(fieldPaths(noEstablishment)).toEqual(['establishmentId']);

    const first = await register(pilot, created.id, a);
    expect(first).toMatchObject({
      establishment: { id: a.establishment.id, name: a.establishment.name, sector: 'sanitaire' },
      professional: { id: a.pro.id, name: a.pro.name },
      representative: { id: a.ru.id, name: a.ru.name },
    });
    // The same RU in a second binôme of the establishment: refused.
    const otherPro = await makeUser(t.database, {
      links: [{ establishmentId: a.establishment.id, role: 'quality_manager' }],
    });
    const taken = await pilot.post(url, {
      establishmentId: a.establishment.id,
      professionalId: otherPro.id,
      representativeId: a.ru.id,
    });
    expect(taken.statusCode).toBe(409);
    expect(problemCode(taken)).toBe('binomeMemberTaken');
    // A second, distinct binôme of the same establishment is welcome.
    const otherRu = await makeUser(t.database, {
      links: [{ establishmentId: a.establishment.id, role: 'user_representative' }],
    });
    const second = await pilot.post(url, {
      establishmentId: a.establishment.id,
      professionalId: otherPro.id,
      representativeId: otherRu.id,
    });
    expect(second.statusCode).toBe(201);
    // Each member starts with an empty, private sheet.
    const space = (await a.proClient.get(`/api/partnership/binomes/${first.id}`)).json();
    expect(space.myExpectations).toEqual({
      expectations: '',
      preconceptions: '',
      submittedAt: null,
    });

    expect((await a.proClient.delete(`${url}/${first.id}`)).statusCode).toBe(403);
    expect((await pilot.delete(`${url}/${first.id}`)).statusCode).toBe(204);
    expect((await pilot.delete(`${url}/${first.id}`)).statusCode).toBe(404);
    expect((await a.proClient.get(`/api/partnership/binomes/${first.id}`)).statusCode).toBe(404);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['partnership.binome_registered', 'partnership.binome_removed']),
    );
  });

  it('never gives answers to the facilitator’s progress view of another workshop', async () => {
    expect((await pilot.get(`${WORKSHOPS}/${crypto.randomUUID()}/facilitation`)).statusCode).toBe(
      404,
    );
    const created = await createWorkshop(pilot);
    expect((await a.proClient.get(`${WORKSHOPS}/${created.id}/facilitation`)).statusCode).toBe(403);
    const establishment = await makeEstablishment(t.database);
    const empty = await pilot.get(
      `${WORKSHOPS}/${created.id}/candidates?establishmentId=${establishment.id}`,
    );
    expect(empty.json()).toEqual({ professionals: [], representatives: [] });
  });
});
