// Fixtures shared by the partnership tests (not a test file itself).
import { expect } from 'vitest';
import { makeEstablishment } from '../../../../test/factories/establishments';
import { makeUser } from '../../../../test/factories/users';
import { signedIn } from '../../../../test/support/demo-community';
import { createTestApp, TestClient, type TestApp } from '../../../../test/support/test-app';
import type { PartnershipLevel, Sector } from '../../../shared/enums';
import type {
  BinomeDetail,
  BinomeSummary,
  Domain,
  WorkshopDetail,
} from '../../../shared/schemas/partnership';

export const WORKSHOPS = '/api/partnership/workshops';
export const BINOMES = '/api/partnership/binomes';
export const DOMAINS = '/api/partnership/domains';

export const workshopInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Atelier binômes RU / professionnels',
  description: 'Regards croisés sur le partenariat.',
  date: '2031-06-10',
  start: '14:00',
  end: '17:00',
  mode: 'visio',
  place: null,
  link: 'https://visio.example.org/atelier',
  communityIds: [],
  ...overrides,
});

/** An establishment with a quality manager and a user representative, each signed in. */
export async function makePair(
  t: TestApp,
  { sector = 'sanitaire', name }: { sector?: Sector; name?: string } = {},
) {
  const establishment = await makeEstablishment(t.database, { sector, ...(name ? { name } : {}) });
  const pro = await makeUser(t.database, {
    name: `Pro ${establishment.name}`,
    links: [{ establishmentId: establishment.id, role: 'quality_manager' }],
  });
  const ru = await makeUser(t.database, {
    name: `RU ${establishment.name}`,
    links: [{ establishmentId: establishment.id, role: 'user_representative' }],
  });
  return {
    establishment,
    pro,
    ru,
    proClient: await signedIn(t, pro.email),
    ruClient: await signedIn(t, ru.email),
  };
}
export type Pair = Awaited<ReturnType<typeof makePair>>;

/** A test app with a facilitator (pilot), an administrator, an observer and an outsider. */
export async function withPartnership() {
  const t = await createTestApp();
  const client = async (platformRole: 'admin' | 'pilot' | 'observer' | 'member') =>
    signedIn(
      t,
      (await makeUser(t.database, { platformRole, name: `Compte ${platformRole}` })).email,
    );
  return {
    t,
    visitor: new TestClient(t.app),
    pilot: await client('pilot'),
    admin: await client('admin'),
    observer: await client('observer'),
    outsider: await client('member'),
  };
}

export async function createWorkshop(
  facilitator: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<WorkshopDetail> {
  const response = await facilitator.post(WORKSHOPS, workshopInput(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as WorkshopDetail;
}

export async function register(
  facilitator: TestClient,
  workshopId: string,
  pair: Pair,
): Promise<BinomeSummary> {
  const response = await facilitator.post(`${WORKSHOPS}/${workshopId}/binomes`, {
    establishmentId: pair.establishment.id,
    professionalId: pair.pro.id,
    representativeId: pair.ru.id,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as BinomeSummary;
}

export async function activeDomains(client: TestClient): Promise<Domain[]> {
  const response = await client.get(DOMAINS);
  expect(response.statusCode).toBe(200);
  return response.json() as Domain[];
}

/** Rates every active domain at the same levels, handed in or as a draft. */
export async function rateAll(
  client: TestClient,
  binomeId: string,
  current: PartnershipLevel,
  target: PartnershipLevel,
  submit = true,
) {
  const ratings = (await activeDomains(client)).map((d) => ({ domainId: d.id, current, target }));
  const response = await client.put(`${BINOMES}/${binomeId}/ratings`, { ratings, submit });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as BinomeDetail;
}

export async function agree(
  client: TestClient,
  binomeId: string,
  domainId: string,
  current: PartnershipLevel,
  target: PartnershipLevel,
  comment = '',
) {
  const response = await client.put(`${BINOMES}/${binomeId}/positions/${domainId}`, {
    current,
    target,
    comment,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as BinomeDetail;
}

export const problemCode = (response: { json(): unknown }) =>
  (response.json() as { code: string }).code;
export const fieldPaths = (response: { json(): unknown }) =>
  ((response.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
