import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMatrix } from '../../../../../test/support/authorization-matrix';
import type { TestApp, TestClient } from '../../../../../test/support/test-app';
import type { FocusGroupDetail, FocusGroupSummary } from '../../../../shared/schemas/experience';
import {
  createFocusGroup,
  fieldPaths,
  FOCUS_GROUPS,
  focusGroupInput,
  problemCode,
  withFocusGroups,
  type Team,
} from './focus-groups.testing';

let t: TestApp;
let admin: TestClient;
let observer: TestClient;
let visitor: TestClient;
let a: Team;
let b: Team;

type Page = { items: FocusGroupSummary[]; total: number };
const auditActions = async () =>
  (await admin.get('/api/admin/audit?pageSize=100'))
    .json()
    .items.map((e: { action: string }) => e.action);

beforeAll(async () => {
  ({ t, admin, observer, visitor, a, b } = await withFocusGroups());
});
afterAll(() => t.close());

describe('focus groups', () => {
  it('are planned, read, edited and deleted by the quality manager', async () => {
    const created = await createFocusGroup(a.pro.client, a);
    expect(created).toMatchObject({
      establishmentId: a.establishment.id,
      establishmentName: 'Centre hospitalier du Lac',
      title: 'Parcours aux urgences',
      pathway: 'urgences',
      heldOn: '2025-03-14',
      participants: 6,
      findings: 0,
      participantProfiles: [
        { profile: 'patient', count: 4, note: 'plus de 75 ans' },
        { profile: 'proche', count: 2, note: '' },
      ],
      professionalFacilitator: { id: a.pro.user.id, name: a.pro.user.name },
      representativeFacilitator: { id: a.ru.user.id, name: a.ru.user.name },
      notes: 'Attente longue la nuit, accueil chaleureux.',
      findingList: [],
      canEdit: true,
    });

    const edited = await a.pro.client.put(
      `${FOCUS_GROUPS}/${created.id}`,
      focusGroupInput(a, {
        title: 'Parcours en chirurgie ambulatoire',
        pathway: 'chirurgie_ambulatoire',
        participants: [{ profile: 'aidant', count: 3 }],
        representativeFacilitatorId: a.otherRu.user.id,
      }),
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      title: 'Parcours en chirurgie ambulatoire',
      pathway: 'chirurgie_ambulatoire',
      participants: 3,
      representativeFacilitator: { id: a.otherRu.user.id },
    });
    const read = await a.ru.client.get(`${FOCUS_GROUPS}/${created.id}`);
    expect((read.json() as FocusGroupDetail).title).toBe('Parcours en chirurgie ambulatoire');

    // A session stays with its establishment.
    const moved = await admin.put(
      `${FOCUS_GROUPS}/${created.id}`,
      focusGroupInput(b, { professionalFacilitatorId: null, representativeFacilitatorId: null }),
    );
    expect(moved.statusCode).toBe(400);
    expect(fieldPaths(moved)).toEqual(['establishmentId']);

    expect((await a.pro.client.delete(`${FOCUS_GROUPS}/${created.id}`)).statusCode).toBe(204);
    expect((await a.pro.client.get(`${FOCUS_GROUPS}/${created.id}`)).statusCode).toBe(404);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['experience.focus_group_create', 'experience.focus_group_delete']),
    );
  });

  it('check the input and the facilitators’ roles in the establishment', async () => {
    const invalid = await a.pro.client.post(FOCUS_GROUPS, {
      ...focusGroupInput(a),
      title: '',
      pathway: 'piscine',
      heldOn: '14/03/2025',
      participants: [{ profile: 'patient', count: 0 }],
    });
    expect(invalid.statusCode).toBe(400);
    expect(fieldPaths(invalid).sort()).toEqual(
      ['heldOn', 'participants.0.count', 'pathway', 'title'].sort(),
    );

    const swapped = await a.pro.client.post(
      FOCUS_GROUPS,
      focusGroupInput(a, {
        professionalFacilitatorId: a.ru.user.id,
        representativeFacilitatorId: a.pro.user.id,
      }),
    );
    expect(swapped.statusCode).toBe(400);
    expect(fieldPaths(swapped)).toEqual([
      'professionalFacilitatorId',
      'representativeFacilitatorId',
    ]);
    const elsewhere = await a.pro.client.post(
      FOCUS_GROUPS,
      focusGroupInput(a, { representativeFacilitatorId: b.ru.user.id }),
    );
    expect(fieldPaths(elsewhere)).toEqual(['representativeFacilitatorId']);

    const unknown = await admin.post(
      FOCUS_GROUPS,
      focusGroupInput(a, { establishmentId: crypto.randomUUID() }),
    );
    expect(fieldPaths(unknown)).toEqual(['establishmentId']);

    // Facilitators are optional when the session is planned.
    const open = await createFocusGroup(a.pro.client, a, {
      professionalFacilitatorId: null,
      representativeFacilitatorId: null,
    });
    expect(open.professionalFacilitator).toBeNull();
    expect(open.representativeFacilitator).toBeNull();
  });

  it('may be edited by their facilitators, not by the other RU', async () => {
    const group = await createFocusGroup(a.pro.client, a);
    const asFacilitator = await a.ru.client.get(`${FOCUS_GROUPS}/${group.id}`);
    expect((asFacilitator.json() as FocusGroupDetail).canEdit).toBe(true);
    const saved = await a.ru.client.put(
      `${FOCUS_GROUPS}/${group.id}`,
      focusGroupInput(a, { notes: 'Compte rendu complété par le RU.' }),
    );
    expect(saved.statusCode).toBe(200);
    expect((saved.json() as FocusGroupDetail).notes).toBe('Compte rendu complété par le RU.');

    const asOtherRu = await a.otherRu.client.get(`${FOCUS_GROUPS}/${group.id}`);
    expect((asOtherRu.json() as FocusGroupDetail).canEdit).toBe(false);
    const refused = await a.otherRu.client.put(`${FOCUS_GROUPS}/${group.id}`, focusGroupInput(a));
    expect(refused.statusCode).toBe(403);
    // Planning a session is the quality manager's.
    expect((await a.ru.client.post(FOCUS_GROUPS, focusGroupInput(a))).statusCode).toBe(403);
  });

  it('are listed per establishment, latest first, with their counts', async () => {
    const older = await createFocusGroup(b.pro.client, b, {
      title: 'Entrée en EHPAD',
      pathway: 'entree_ehpad',
      heldOn: '2024-11-02',
    });
    await createFocusGroup(b.pro.client, b, { title: 'Maternité', heldOn: '2025-01-20' });
    await b.pro.client.post(`${FOCUS_GROUPS}/${older.id}/findings`, {
      text: 'Les familles découvrent le règlement le jour de l’entrée.',
      themes: ['information'],
    });

    const page = (
      await b.ru.client.get(`${FOCUS_GROUPS}?establishmentId=${b.establishment.id}`)
    ).json() as Page;
    expect(page.items.map((g) => [g.title, g.findings, g.participants])).toEqual([
      ['Maternité', 0, 6],
      ['Entrée en EHPAD', 1, 6],
    ]);
    const second = (
      await b.ru.client.get(
        `${FOCUS_GROUPS}?establishmentId=${b.establishment.id}&pageSize=1&page=2`,
      )
    ).json() as Page;
    expect(second).toMatchObject({ total: 2, items: [{ title: 'Entrée en EHPAD' }] });

    // Without an establishment: those of the reader's establishments; all for administrators.
    const mine = (await b.pro.client.get(FOCUS_GROUPS)).json() as Page;
    expect(new Set(mine.items.map((g) => g.establishmentId))).toEqual(
      new Set([b.establishment.id]),
    );
    const all = (await admin.get(`${FOCUS_GROUPS}?pageSize=100`)).json() as Page;
    expect(new Set(all.items.map((g) => g.establishmentId))).toEqual(
      new Set([a.establishment.id, b.establishment.id]),
    );
  });

  it('offer the establishment’s quality managers and RU as facilitators', async () => {
    const response = await a.ru.client.get(
      `${FOCUS_GROUPS}/facilitators?establishmentId=${a.establishment.id}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      professionals: [{ id: a.pro.user.id, name: a.pro.user.name }],
      representatives: [
        { id: a.otherRu.user.id, name: a.otherRu.user.name },
        { id: a.ru.user.id, name: a.ru.user.name },
      ],
    });
  });
});

describe('access to focus groups', () => {
  const actors = [
    'admin',
    'pro',
    'facilitator',
    'otherRu',
    'elsewhere',
    'observer',
    'visitor',
  ] as const;
  const clients = new Map<(typeof actors)[number], TestClient>();
  let group: FocusGroupDetail;

  beforeAll(async () => {
    clients
      .set('admin', admin)
      .set('pro', a.pro.client)
      .set('facilitator', a.ru.client)
      .set('otherRu', a.otherRu.client)
      .set('elsewhere', b.pro.client)
      .set('observer', observer)
      .set('visitor', visitor);
    group = await createFocusGroup(a.pro.client, a);
  });

  const readers = { admin: 200, pro: 200, facilitator: 200, otherRu: 200 };
  checkMatrix(actors, clients, [
    {
      name: 'list of an establishment',
      call: (c) => c.get(`${FOCUS_GROUPS}?establishmentId=${a.establishment.id}`),
      expect: { ...readers, visitor: 401 },
      otherwise: 403,
    },
    {
      name: 'list of one’s establishments',
      call: (c) => c.get(FOCUS_GROUPS),
      expect: { ...readers, elsewhere: 200, visitor: 401 },
      otherwise: 403,
    },
    {
      name: 'one session',
      call: (c) => c.get(`${FOCUS_GROUPS}/${group.id}`),
      expect: { ...readers, visitor: 401 },
      otherwise: 404,
    },
    {
      name: 'editing a session',
      call: (c) => c.put(`${FOCUS_GROUPS}/${group.id}`, focusGroupInput(a)),
      expect: { admin: 200, pro: 200, facilitator: 200, otherRu: 403, visitor: 401 },
      otherwise: 404,
    },
    {
      name: 'planning a session',
      call: (c) => c.post(FOCUS_GROUPS, focusGroupInput(a, { title: 'Séance du contrôle' })),
      expect: { admin: 201, pro: 201, visitor: 401 },
      otherwise: 403,
    },
    {
      name: 'facilitator candidates',
      call: (c) => c.get(`${FOCUS_GROUPS}/facilitators?establishmentId=${a.establishment.id}`),
      expect: { ...readers, visitor: 401 },
      otherwise: 403,
    },
  ]);

  it('lets only those who may edit delete a session', async () => {
    const url = `${FOCUS_GROUPS}/${group.id}`;
    expect((await visitor.delete(url)).statusCode).toBe(401);
    expect((await observer.delete(url)).statusCode).toBe(404);
    expect((await b.pro.client.delete(url)).statusCode).toBe(404);
    expect((await a.otherRu.client.delete(url)).statusCode).toBe(403);
    expect((await a.ru.client.delete(url)).statusCode).toBe(204);
  });

  it('refuses unknown ids and malformed ones', async () => {
    expect((await a.pro.client.get(`${FOCUS_GROUPS}/${crypto.randomUUID()}`)).statusCode).toBe(404);
    const malformed = await a.pro.client.get(`${FOCUS_GROUPS}/pas-un-id`);
    expect(malformed.statusCode).toBe(400);
    expect(problemCode(malformed)).toBe('validation');
  });
});
