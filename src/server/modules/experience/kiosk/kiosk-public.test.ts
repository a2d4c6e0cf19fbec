import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../../test/support/test-app';
import { KIOSK_QUESTIONS, type Kiosk } from '../../../../shared/schemas/experience/kiosk';
import { experienceComments } from '../../../db/schema';
import { answer, createKiosk, kioskUrl, makeKioskTeam, postAnswer } from './kiosk.testing';
import { parisDate } from './kiosk.service';

// What a tablet does without an account: read its kiosk, send answers (each counted once,
// however many times the tablet retries), with no session cookie and no CSRF token.

let t: TestApp;
let team: Awaited<ReturnType<typeof makeKioskTeam>>;
let kiosk: Kiosk;

beforeAll(async () => {
  t = await createTestApp();
  team = await makeKioskTeam(t, 'EHPAD Les Glycines');
  kiosk = await createKiosk(team.managerClient, team.establishment.id, { service: 'Étage 2' });
});
afterAll(() => t.close());

const commentsOf = (sourceId: string) =>
  t.database.db.select().from(experienceComments).where(eq(experienceComments.sourceId, sourceId));

const dayShift = (days: number) => new Date(Date.now() + days * 24 * 3600_000);

describe('a tablet reading its kiosk', () => {
  it('gets the establishment, the service and the questions, without an account', async () => {
    const response = await t.app.inject({ url: kioskUrl(kiosk.token) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      establishmentName: 'EHPAD Les Glycines',
      service: 'Étage 2',
      questions: [...KIOSK_QUESTIONS],
    });
  });

  it('gets a web app manifest that opens the kiosk’s own address', async () => {
    const response = await t.app.inject({ url: `${kioskUrl(kiosk.token)}/manifest` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/manifest+json');
    expect(response.json()).toMatchObject({
      name: 'Binôme – Borne',
      start_url: `/borne/${kiosk.token}`,
      scope: '/borne/',
      display: 'standalone',
    });
  });

  it('answers 404 for an unknown token and 400 for a malformed one', async () => {
    const unknown = 'A'.repeat(32);
    expect((await t.app.inject({ url: kioskUrl(unknown) })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `${kioskUrl(unknown)}/manifest` })).statusCode).toBe(404);
    expect((await postAnswer(t.app, unknown, answer())).statusCode).toBe(404);
    expect((await t.app.inject({ url: kioskUrl('short') })).statusCode).toBe(400);
    expect((await t.app.inject({ url: kioskUrl('x'.repeat(20) + '%2F..') })).statusCode).toBe(400);
  });
});

describe('a tablet sending answers', () => {
  it('stores a pending comment with the kiosk’s establishment, service and scores', async () => {
    const sent = answer({
      scores: { global: 3, accueil: 4, repas: 1 },
      comment: '  Le repas du soir arrive trop tôt.  ',
      helped: true,
    });
    const response = await postAnswer(t.app, kiosk.token, sent);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ created: true });

    const [row] = (await commentsOf(kiosk.id)).filter((c) => c.dedupKey === `kiosk:${sent.id}`);
    const today = parisDate(new Date());
    expect(row).toMatchObject({
      establishmentId: team.establishment.id,
      service: 'Étage 2',
      receivedOn: today,
      month: `${today.slice(0, 7)}-01`,
      rawText: 'Le repas du soir arrive trop tôt.',
      text: '',
      scores: { 'kiosk.global': 3, 'kiosk.accueil': 4, 'kiosk.repas': 1 },
      helped: true,
      analysedAt: null,
      importId: null,
    });
  });

  it('dates an answer by its day in Paris, not in UTC', async () => {
    // 23:30 UTC is already the next day in Paris (UTC+1 in winter, UTC+2 in summer).
    const at = dayShift(-10);
    at.setUTCHours(23, 30, 0, 0);
    const sent = answer({ answeredAt: at.toISOString() });
    expect((await postAnswer(t.app, kiosk.token, sent)).statusCode).toBe(201);
    const nextDay = new Date(at.getTime() + 24 * 3600_000).toISOString().slice(0, 10);
    const [row] = (await commentsOf(kiosk.id)).filter((c) => c.dedupKey === `kiosk:${sent.id}`);
    expect(row?.receivedOn).toBe(nextDay);
    expect(parisDate(new Date('2025-01-15T22:59:00Z'))).toBe('2025-01-15');
    expect(parisDate(new Date('2025-01-15T23:00:00Z'))).toBe('2025-01-16');
    expect(parisDate(new Date('2025-07-15T21:59:00Z'))).toBe('2025-07-15');
    expect(parisDate(new Date('2025-07-15T22:00:00Z'))).toBe('2025-07-16');
  });

  it('counts an answer sent twice once (201, then 200 with created: false)', async () => {
    const sent = answer();
    const first = await postAnswer(t.app, kiosk.token, sent);
    const again = await postAnswer(t.app, kiosk.token, sent);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json()).toEqual({ created: false });
    const rows = (await commentsOf(kiosk.id)).filter((c) => c.dedupKey === `kiosk:${sent.id}`);
    expect(rows).toHaveLength(1);
  });

  it('accepts faces without a comment, and a comment without faces', async () => {
    const facesOnly = answer({ comment: undefined, scores: { chambre: 2 } });
    const textOnly = answer({ scores: {}, comment: 'Merci pour tout.' });
    expect((await postAnswer(t.app, kiosk.token, facesOnly)).statusCode).toBe(201);
    expect((await postAnswer(t.app, kiosk.token, textOnly)).statusCode).toBe(201);
    const rows = await commentsOf(kiosk.id);
    expect(rows.find((c) => c.dedupKey === `kiosk:${facesOnly.id}`)).toMatchObject({
      rawText: '',
      scores: { 'kiosk.chambre': 2 },
      helped: false,
    });
    expect(rows.find((c) => c.dedupKey === `kiosk:${textOnly.id}`)?.scores).toEqual({});
  });

  it('rejects answers it cannot store, saying which field is wrong', async () => {
    const cases: [object, string][] = [
      [answer({ scores: {}, comment: '   ' }), 'comment'],
      [answer({ answeredAt: dayShift(2).toISOString() }), 'answeredAt'],
      [answer({ answeredAt: dayShift(-91).toISOString() }), 'answeredAt'],
      [answer({ answeredAt: 'hier' }), 'answeredAt'],
      [{ ...answer(), scores: { global: 5 } }, 'scores.global'],
      [{ ...answer(), scores: { parking: 2 } }, 'scores'],
      [{ ...answer(), id: 'pas-un-uuid' }, 'id'],
      [answer({ comment: 'x'.repeat(10_001) }), 'comment'],
    ];
    for (const [payload, path] of cases) {
      const response = await postAnswer(t.app, kiosk.token, payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      const errors = (response.json() as { errors: { path: string; message: string }[] }).errors;
      expect(errors.map((e) => e.path)).toContain(path);
    }
    // A date one day ahead (a tablet's clock running fast) is still accepted.
    const ahead = answer({ answeredAt: dayShift(0.9).toISOString() });
    expect((await postAnswer(t.app, kiosk.token, ahead)).statusCode).toBe(201);
  });

  it('explains the empty answer and the date in the reader’s language', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `${kioskUrl(kiosk.token)}/answers`,
      headers: { 'accept-language': 'en' },
      payload: answer({ scores: {}, comment: '' }),
    });
    expect(response.json()).toMatchObject({
      code: 'validation',
      errors: [{ path: 'comment', message: 'Answer at least one question or write a comment.' }],
    });
  });

  it('needs no session or CSRF token, and ignores a signed-in browser’s cookies', async () => {
    // The manager opened the kiosk in their own browser: cookies sent, still no CSRF header.
    const browser = new TestClient(t.app);
    await browser.get('/api/auth/session');
    const response = await browser.request({
      method: 'POST',
      url: `${kioskUrl(kiosk.token)}/answers`,
      payload: answer(),
      withoutCsrf: true,
    });
    expect(response.statusCode).toBe(201);
    // The exemption is for the kiosk's routes only.
    const other = await browser.request({
      method: 'POST',
      url: '/api/experience/kiosks',
      payload: { establishmentId: team.establishment.id, name: 'Borne' },
      withoutCsrf: true,
    });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'csrf' });
  });

  it('wakes the background jobs for a new answer, not for a repeated one', async () => {
    const wake = vi.spyOn(t.app.jobs, 'wake');
    const sent = answer();
    expect((await postAnswer(t.app, kiosk.token, sent)).statusCode).toBe(201);
    expect(wake).toHaveBeenCalledTimes(1);
    expect((await postAnswer(t.app, kiosk.token, sent)).statusCode).toBe(200);
    expect(wake).toHaveBeenCalledTimes(1);
    wake.mockRestore();
  });
});

describe('rate limit', () => {
  it('slows down a flood of calls from one address (429 after 120 a minute)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 121; i += 1)
      statuses.push((await t.app.inject({ url: kioskUrl('B'.repeat(32)) })).statusCode);
    // The earlier tests of this file used a few of the minute's calls.
    const first = statuses.indexOf(429);
    expect(first).toBeGreaterThan(110);
    expect(new Set(statuses.slice(0, first))).toEqual(new Set([404]));
    expect(new Set(statuses.slice(first))).toEqual(new Set([429]));
    // Another route keeps its own count: answers still go through.
    expect((await postAnswer(t.app, kiosk.token, answer())).statusCode).toBe(201);
  });
});
