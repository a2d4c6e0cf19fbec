// Fixtures shared by the focus-group tests (not a test file itself).
import { expect } from 'vitest';
import { makeEstablishment } from '../../../../../test/factories/establishments';
import { makeUser } from '../../../../../test/factories/users';
import { signedIn } from '../../../../../test/support/demo-community';
import { createTestApp, TestClient, type TestApp } from '../../../../../test/support/test-app';
import type { FocusGroupDetail } from '../../../../shared/schemas/experience';

export const FOCUS_GROUPS = '/api/experience/focus-groups';

/** An establishment with a quality manager and two user representatives, each signed in. */
export async function makeTeam(t: TestApp, name: string) {
  const establishment = await makeEstablishment(t.database, { name });
  const person = async (label: string, role: 'quality_manager' | 'user_representative') => {
    const user = await makeUser(t.database, {
      name: `${label} ${name}`,
      links: [{ establishmentId: establishment.id, role }],
    });
    return { user, client: await signedIn(t, user.email) };
  };
  return {
    establishment,
    pro: await person('Pro', 'quality_manager'),
    ru: await person('RU', 'user_representative'),
    otherRu: await person('Autre RU', 'user_representative'),
  };
}
export type Team = Awaited<ReturnType<typeof makeTeam>>;

/** A test app with two establishments, an administrator, an observer and a visitor. */
export async function withFocusGroups(env: Record<string, string> = {}) {
  const t = await createTestApp(env);
  const admin = await signedIn(t, (await makeUser(t.database, { platformRole: 'admin' })).email);
  const observer = await signedIn(
    t,
    (await makeUser(t.database, { platformRole: 'observer' })).email,
  );
  return {
    t,
    admin,
    observer,
    visitor: new TestClient(t.app),
    a: await makeTeam(t, 'Centre hospitalier du Lac'),
    b: await makeTeam(t, 'Clinique des Tilleuls'),
  };
}

export const focusGroupInput = (team: Team, overrides: Record<string, unknown> = {}) => ({
  establishmentId: team.establishment.id,
  title: 'Parcours aux urgences',
  pathway: 'urgences',
  heldOn: '2025-03-14',
  participants: [
    { profile: 'patient', count: 4, note: 'plus de 75 ans' },
    { profile: 'proche', count: 2 },
  ],
  professionalFacilitatorId: team.pro.user.id,
  representativeFacilitatorId: team.ru.user.id,
  notes: 'Attente longue la nuit, accueil chaleureux.',
  ...overrides,
});

export async function createFocusGroup(
  client: TestClient,
  team: Team,
  overrides: Record<string, unknown> = {},
) {
  const response = await client.post(FOCUS_GROUPS, focusGroupInput(team, overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as FocusGroupDetail;
}

export const problemCode = (response: { json(): unknown }) =>
  (response.json() as { code: string }).code;
export const fieldPaths = (response: { json(): unknown }) =>
  ((response.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
