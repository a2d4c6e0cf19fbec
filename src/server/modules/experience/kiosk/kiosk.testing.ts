// Fixtures shared by the kiosk tests (not a test file itself).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { makeEstablishment } from '../../../../../test/factories/establishments';
import { makeUser } from '../../../../../test/factories/users';
import { signedIn } from '../../../../../test/support/demo-community';
import type { TestApp, TestClient } from '../../../../../test/support/test-app';
import type { Kiosk, KioskAnswer } from '../../../../shared/schemas/experience/kiosk';

export const KIOSKS = '/api/experience/kiosks';
export const kioskUrl = (token: string) => `/api/kiosk/${token}`;

/** An establishment with its quality manager and user representative, each signed in. */
export async function makeKioskTeam(t: TestApp, name = 'EHPAD Les Tilleuls') {
  const establishment = await makeEstablishment(t.database, { name, sector: 'ehpad' });
  const manager = await makeUser(t.database, {
    links: [{ establishmentId: establishment.id, role: 'quality_manager' }],
  });
  const representative = await makeUser(t.database, {
    links: [{ establishmentId: establishment.id, role: 'user_representative' }],
  });
  return {
    establishment,
    managerClient: await signedIn(t, manager.email),
    representativeClient: await signedIn(t, representative.email),
  };
}

export async function createKiosk(
  client: TestClient,
  establishmentId: string,
  overrides: { name?: string; service?: string } = {},
): Promise<Kiosk> {
  const response = await client.post(KIOSKS, {
    establishmentId,
    name: overrides.name ?? 'Tablette du salon',
    service: overrides.service ?? 'Unité Alzheimer',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Kiosk;
}

export const answer = (overrides: Partial<KioskAnswer> = {}): KioskAnswer => ({
  id: randomUUID(),
  answeredAt: new Date().toISOString(),
  scores: { global: 4, repas: 2 },
  comment: 'Les aides-soignantes sont gentilles mais la soupe est froide.',
  helped: false,
  ...overrides,
});

/** A tablet's call: no cookie, no CSRF header, like the kiosk page sends it. */
export function postAnswer(
  app: FastifyInstance,
  token: string,
  payload: object,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `${kioskUrl(token)}/answers`, payload });
}
