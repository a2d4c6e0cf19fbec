import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, withDemoCommunity } from '../../../../test/support/demo-community';
import type { TestApp, TestClient } from '../../../../test/support/test-app';
import { DEMO_PASSWORD } from '../../demo/demo-data';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';
import { createMailService } from '../mail/mail.service';
import { createNotificationsRepository } from './notifications.repository';
import {
  createNotificationsService,
  parisDayAndHour,
  type NotificationsService,
} from './notifications.service';

const threads = `/api/communities/${DEMO_COMMUNITY_SLUG}/threads`;
let t: TestApp;
let pilot: TestClient;
let member: TestClient;
let quality: TestClient;
let admin: TestClient;
let service: NotificationsService;

type Mail = { to: string; subject: string; text: string };
const digestsTo = async (to: string) =>
  ((await admin.get('/api/admin/outbox?pageSize=100')).json().items as Mail[]).filter(
    (m) => m.to === to && m.subject.includes('notification'),
  );

beforeAll(async () => {
  ({ t, pilot, member, admin } = await withDemoCommunity());
  quality = await signedIn(t, 'qualite@demo.binome.fr', DEMO_PASSWORD);
  const db = t.database.db;
  service = createNotificationsService({
    repo: createNotificationsRepository(db),
    mail: createMailService({ db, smtpUrl: undefined, from: 'binome@test' }),
    publicUrl: 'http://localhost:3000',
    clock: t.clock,
  });
});
afterAll(() => t.close());

describe('parisDayAndHour', () => {
  it('reads the Paris calendar day and hour, winter and summer', () => {
    expect(parisDayAndHour(new Date('2040-01-15T23:30:00Z'))).toEqual({
      day: '2040-01-16',
      hour: 0,
    });
    expect(parisDayAndHour(new Date('2040-07-15T05:10:00Z'))).toEqual({
      day: '2040-07-15',
      hour: 7,
    });
  });
});

describe('the daily digest', () => {
  it('e-mails unread notifications once a day from 07:00 Paris time, to those who want it', async () => {
    // Everything from the demo data is already read: only what follows counts.
    for (const client of [pilot, member, quality]) await client.post('/api/notifications/read-all');
    await quality.put('/api/notifications/settings', { digestEnabled: false });

    const thread = (
      await member.post(threads, { title: 'Résumé quotidien', body: 'Qui a un exemple ?' })
    ).json();
    await pilot.post(`${threads}/${thread.id}/posts`, { body: 'Nous.' });
    await quality.post(`${threads}/${thread.id}/posts`, { body: 'Nous aussi.' });
    // The pilot reads theirs before the digest: nothing is sent to them.
    await pilot.post('/api/notifications/read-all');

    expect(await service.sendDigests(new Date('2040-03-05T05:30:00Z'))).toBe(0); // 06:30 Paris
    expect(await digestsTo('membre@demo.binome.fr')).toHaveLength(0);

    expect(await service.sendDigests(new Date('2040-03-05T06:15:00Z'))).toBe(1); // 07:15 Paris
    const [digest] = await digestsTo('membre@demo.binome.fr');
    expect(digest?.subject).toBe('Binôme : 2 nouvelles notifications');
    expect(digest?.text).toContain('a répondu à « Résumé quotidien »');
    expect(digest?.text).toContain(
      `http://localhost:3000/communautes/${DEMO_COMMUNITY_SLUG}/discussions/${thread.id}`,
    );
    expect(digest?.text).toContain('http://localhost:3000/profil');
    expect(await digestsTo('qualite@demo.binome.fr')).toHaveLength(0);
    expect(await digestsTo('pilote@demo.binome.fr')).toHaveLength(0);

    // Not twice the same day, even with new notifications.
    await pilot.post(`${threads}/${thread.id}/posts`, { body: 'Relance.' });
    expect(await service.sendDigests(new Date('2040-03-05T10:00:00Z'))).toBe(0);

    // The next day: only what was not sent yet.
    expect(await service.sendDigests(new Date('2040-03-06T07:00:00Z'))).toBe(1);
    const digests = await digestsTo('membre@demo.binome.fr');
    expect(digests).toHaveLength(2);
    expect(digests[0]?.subject).toBe('Binôme : 1 nouvelle notification');
    expect(await service.sendDigests(new Date('2040-03-07T07:00:00Z'))).toBe(0);

    // Still unread in the app, and stamped as sent in the data export.
    expect((await member.get('/api/notifications')).json().unread).toBe(3);
    const exported = (await member.get('/api/me/export')).json();
    expect(
      exported.notifications.filter((n: { digestedAt: string | null }) => n.digestedAt).length,
    ).toBe(3);
  });
});
