import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingsServiceOf } from '../../../../test/support/meetings-service';
import { withDemoCommunity } from '../../../../test/support/demo-community';
import type { TestClient, TestApp } from '../../../../test/support/test-app';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';
import { parseIcs } from './parse-ics.testing';

const url = `/api/communities/${DEMO_COMMUNITY_SLUG}`;
let t: TestApp;
let visitor: TestClient;
let pilot: TestClient;
let member: TestClient;
let outsider: TestClient;
let admin: TestClient;

const winter = {
  title: 'Plénière d’hiver',
  date: '2031-01-14',
  start: '14:30',
  end: '16:00',
  mode: 'visio',
  link: 'https://visio.example.org/hiver',
  place: '',
  agenda: '1. Tour de table\n2. Outils, retours; suite',
  minutes: '',
};

beforeAll(async () => {
  ({ t, visitor, pilot, member, outsider, admin } = await withDemoCommunity());
});
afterAll(() => t.close());

describe('meetings', () => {
  it('are scheduled by pilots in Paris time, winter and summer', async () => {
    expect((await visitor.post(`${url}/meetings`, winter)).statusCode).toBe(401);
    expect((await member.post(`${url}/meetings`, winter)).statusCode).toBe(403);
    const created = await pilot.post(`${url}/meetings`, winter);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      startsAt: '2031-01-14T13:30:00.000Z',
      endsAt: '2031-01-14T15:00:00.000Z',
      mode: 'visio',
      canEdit: true,
    });
    const summer = await pilot.post(`${url}/meetings`, {
      ...winter,
      title: 'Été',
      date: '2031-07-08',
    });
    expect(summer.json().startsAt).toBe('2031-07-08T12:30:00.000Z');

    const bad = await pilot.post(`${url}/meetings`, {
      ...winter,
      end: '14:00',
      date: '2031-02-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'end', message: 'L’heure de fin doit être après l’heure de début.' },
        { path: 'date', message: expect.stringContaining('date valide') },
      ]),
    );
  });

  it('show agenda to everyone, but the link, minutes and attendance to members only', async () => {
    const created = (
      await pilot.post(`${url}/meetings`, { ...winter, title: 'Visibilité' })
    ).json();
    const path = `${url}/meetings/${created.id}`;
    await pilot.put(path, {
      ...winter,
      title: 'Visibilité',
      minutes: 'Compte rendu : décisions prises.',
    });
    const seenByVisitor = (await visitor.get(path)).json();
    expect(seenByVisitor).toMatchObject({
      link: null,
      minutes: null,
      attendance: null,
      canEdit: false,
    });
    expect(seenByVisitor.agenda).toContain('Tour de table');
    const seenByMember = (await member.get(path)).json();
    expect(seenByMember).toMatchObject({
      link: 'https://visio.example.org/hiver',
      minutes: 'Compte rendu : décisions prises.',
      attendance: [],
    });
    expect((await member.put(path, winter)).statusCode).toBe(403);
    expect((await member.delete(path)).statusCode).toBe(403);
    expect((await admin.delete(path)).statusCode).toBe(204);
    expect((await member.get(path)).statusCode).toBe(404);
  });

  it('record attendance: pilots for any member, members for themselves', async () => {
    const created = (await pilot.post(`${url}/meetings`, { ...winter, title: 'Présences' })).json();
    const path = `${url}/meetings/${created.id}`;
    const me = (await member.get('/api/auth/session')).json().user.id as string;
    const pilotId = (await pilot.get('/api/auth/session')).json().user.id as string;
    const outsiderId = (await outsider.get('/api/auth/session')).json().user.id as string;

    expect(
      (await member.put(`${path}/attendance`, { userId: me, status: 'excuse' })).statusCode,
    ).toBe(204);
    expect(
      (await member.put(`${path}/attendance`, { userId: pilotId, status: 'absent' })).statusCode,
    ).toBe(403);
    expect(
      (await outsider.put(`${path}/attendance`, { userId: outsiderId, status: 'present' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await pilot.put(`${path}/attendance`, { userId: pilotId, status: 'present' })).statusCode,
    ).toBe(204);
    expect(
      (await pilot.put(`${path}/attendance`, { userId: outsiderId, status: 'present' })).statusCode,
    ).toBe(400);
    await pilot.put(`${path}/attendance`, { userId: me, status: 'present' });
    const attendance = (await member.get(path)).json().attendance;
    expect(attendance.map((a: { status: string }) => a.status).sort()).toEqual([
      'present',
      'present',
    ]);
  });
});

describe('iCalendar', () => {
  it('gives one .ics per meeting, without the visio link for visitors', async () => {
    const created = (await pilot.post(`${url}/meetings`, { ...winter, title: 'Agenda' })).json();
    const path = `${url}/meetings/${created.id}/calendar.ics`;
    const forMember = await member.get(path);
    expect(forMember.headers['content-type']).toContain('text/calendar');
    expect(forMember.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const [event] = parseIcs(forMember.body).events;
    expect(event).toMatchObject({
      UID: `${created.id}@binome`,
      DTSTART: '20310114T133000Z',
      DTEND: '20310114T150000Z',
      URL: 'https://visio.example.org/hiver',
      LOCATION: 'Visio',
    });
    expect(event?.SUMMARY).toBe('Agenda – Partenariat entre usagers et professionnels');
    expect(event?.DESCRIPTION).toContain('Outils\\, retours\\; suite');
    const [forVisitor] = parseIcs((await visitor.get(path)).body).events;
    expect(forVisitor?.URL).toBeUndefined();
    expect(forVisitor?.LOCATION).toBeUndefined();
  });

  it('serves a subscribable feed behind a token that pilots can rotate', async () => {
    expect((await visitor.get(`${url}/calendar-feed`)).statusCode).toBe(401);
    expect((await outsider.get(`${url}/calendar-feed`)).statusCode).toBe(403);
    const feed = (await member.get(`${url}/calendar-feed`)).json().url as string;
    const feedPath = feed.slice(feed.indexOf('/api/'));
    expect(feedPath).toMatch(/calendar\.ics\?token=[0-9a-f]{32,}$/);

    const calendar = parseIcs((await visitor.get(feedPath)).body);
    expect(calendar.events.length).toBeGreaterThanOrEqual(5);
    expect(calendar.events[0]).toMatchObject({
      DTSTART: '20210119T133000Z',
      DTEND: '20210119T150000Z',
    });
    expect((await visitor.get(`${url}/calendar.ics?token=faux`)).statusCode).toBe(404);
    expect((await visitor.get(`${url}/calendar.ics`)).statusCode).toBe(404);

    expect((await member.post(`${url}/calendar-feed/rotate`)).statusCode).toBe(403);
    const rotated = (await pilot.post(`${url}/calendar-feed/rotate`)).json().url as string;
    expect(rotated).not.toBe(feed);
    expect((await visitor.get(feedPath)).statusCode).toBe(404);
    expect((await visitor.get(rotated.slice(rotated.indexOf('/api/')))).statusCode).toBe(200);
  });
});

describe('reminders', () => {
  it('e-mail the members once, the day before', async () => {
    const created = (
      await pilot.post(`${url}/meetings`, { ...winter, title: 'Rappel', date: '2032-03-10' })
    ).json();
    const service = meetingsServiceOf(t);
    expect(await service.sendReminders(new Date('2032-03-08T14:00:00Z'))).toBe(0);
    const sent = await service.sendReminders(new Date('2032-03-09T14:00:00Z'));
    expect(sent).toBe(4); // the demo community's four members
    expect(await service.sendReminders(new Date('2032-03-09T15:00:00Z'))).toBe(0);
    const outbox = (await admin.get('/api/admin/outbox?pageSize=100')).json().items as {
      to: string;
      subject: string;
      text: string;
    }[];
    const mail = outbox.find(
      (m) => m.to === 'membre@demo.binome.fr' && m.subject.includes('Rappel'),
    );
    expect(mail?.text).toContain('mercredi 10 mars 2032 à 14:30');
    expect(mail?.text).toContain(`/rencontres/${created.id}`);
  });
});
