// Fixtures shared by the review tests (not a test file itself).
import { expect } from 'vitest';
import { makeEstablishment } from '../../../../../test/factories/establishments';
import { makeUser } from '../../../../../test/factories/users';
import { signedIn } from '../../../../../test/support/demo-community';
import { createTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app';
import type { AnalysedSegment } from '../../../../shared/schemas/experience';
import type { Theme } from '../../../../shared/schemas/experience';
import { experienceComments, experienceSources } from '../../../db/schema';

export const THEMES = '/api/experience/themes';
export const COMMENTS = '/api/experience/comments';
export const MODELS = '/api/experience/models';

/** A test app with an administrator, a pilot and an observer (no establishment). */
export async function withReview() {
  const t = await createTestApp();
  const client = async (platformRole: 'admin' | 'pilot' | 'observer') =>
    signedIn(
      t,
      (await makeUser(t.database, { platformRole, name: `Compte ${platformRole}` })).email,
    );
  return {
    t,
    admin: await client('admin'),
    pilot: await client('pilot'),
    observer: await client('observer'),
  };
}

/** An establishment with its quality manager and user representative, each signed in. */
export async function makeTeam(t: TestApp) {
  const establishment = await makeEstablishment(t.database);
  const manager = await makeUser(t.database, {
    name: 'Claire Qualité',
    links: [{ establishmentId: establishment.id, role: 'quality_manager' }],
  });
  const representative = await makeUser(t.database, {
    name: 'Robert Usager',
    links: [{ establishmentId: establishment.id, role: 'user_representative' }],
  });
  return {
    establishment,
    manager,
    representative,
    managerClient: await signedIn(t, manager.email),
    representativeClient: await signedIn(t, representative.email),
  };
}
export type Team = Awaited<ReturnType<typeof makeTeam>>;

export interface CommentSeed {
  text: string;
  themes?: string[];
  sentiment?: string | null;
  receivedOn?: string;
  service?: string;
  segments?: AnalysedSegment[];
  /** False: waiting for the analysis job (the text stays in raw_text). */
  analysed?: boolean;
}

/** Inserts comments as the analysis job would leave them; returns their ids in order. */
export async function insertComments(
  t: TestApp,
  establishmentId: string,
  seeds: readonly CommentSeed[],
): Promise<number[]> {
  const { db } = t.database;
  const [source] = await db
    .insert(experienceSources)
    .values({ establishmentId, kind: 'file', name: 'Questionnaire de sortie' })
    .returning({ id: experienceSources.id });
  const rows = await db
    .insert(experienceComments)
    .values(
      seeds.map((seed, i) => {
        const receivedOn = seed.receivedOn ?? '2025-03-14';
        const analysed = seed.analysed ?? true;
        return {
          establishmentId,
          sourceId: source!.id,
          dedupKey: `test-${i}-${Math.random()}`,
          receivedOn,
          month: `${receivedOn.slice(0, 7)}-01`,
          service: seed.service ?? 'Médecine',
          rawText: analysed ? null : seed.text,
          text: analysed ? seed.text : '',
          analysedAt: analysed ? new Date() : null,
          sentiment: analysed ? (seed.sentiment ?? 'neutre') : null,
          themes: analysed ? (seed.themes ?? []) : [],
          segments: analysed ? (seed.segments ?? []) : [],
        };
      }),
    )
    .returning({ id: experienceComments.id });
  return rows.map((r) => r.id);
}

export async function themes(client: TestClient): Promise<Theme[]> {
  const response = await client.get(THEMES);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Theme[];
}

export const problemCode = (response: { json(): unknown }) =>
  (response.json() as { code: string }).code;
export const fieldPaths = (response: { json(): unknown }) =>
  ((response.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
