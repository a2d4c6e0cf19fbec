import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data';
import { seedDemo } from '../../src/server/demo/seed-demo';
import type { CommunityPage, CommunityPageInput } from '../../src/shared/schemas/communities';
import { makeUser, TEST_PASSWORD } from '../factories/users';
import { createTestApp, TestClient, type TestApp } from './test-app';

/** Signs a client in (asserting it worked). */
export async function signedIn(t: TestApp, email: string, password = TEST_PASSWORD) {
  const client = new TestClient(t.app);
  expect((await client.login(email, password)).statusCode).toBe(200);
  return client;
}

/**
 * A test app with the demo data (the seed's community) and one client per profile: a visitor,
 * the community's pilot, one of its members, a signed-in outsider and an administrator.
 */
export async function withDemoCommunity() {
  const t = await createTestApp();
  await seedDemo(t.database.db, { patientExperience: false });
  return {
    t,
    visitor: new TestClient(t.app),
    pilot: await signedIn(t, 'pilote@demo.binome.fr', DEMO_PASSWORD),
    member: await signedIn(t, 'membre@demo.binome.fr', DEMO_PASSWORD),
    outsider: await signedIn(t, (await makeUser(t.database)).email),
    admin: await signedIn(t, (await makeUser(t.database, { platformRole: 'admin' })).email),
  };
}
export type DemoCommunity = Awaited<ReturnType<typeof withDemoCommunity>>;

/** The editable part of a page, as the edit form sends it back. */
export function editable(page: CommunityPage) {
  const { id, slug, meetings, resources, memberCount, viewer, updatedAt, ...values } = page;
  void [id, slug, meetings, resources, memberCount, viewer, updatedAt];
  return values;
}

/** A members-only community opened by an administrator, its page set to `values`. */
export async function makePrivateCommunity(
  admin: TestClient,
  { slug, title, ...values }: { slug: string; title: string } & Partial<CommunityPageInput>,
) {
  const created = await admin.post('/api/communities', { slug, title });
  expect(created.statusCode).toBe(201);
  const saved = await admin.put(`/api/communities/${slug}`, {
    ...editable(created.json() as CommunityPage),
    ...values,
    isPublic: false,
  });
  expect(saved.statusCode).toBe(200);
  return saved.json() as CommunityPage;
}
