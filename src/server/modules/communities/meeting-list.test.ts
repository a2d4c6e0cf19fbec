import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/support/test-app';
import { DEMO_PASSWORD } from '../../demo/demo-data';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';
import { seedDemo } from '../../demo/seed-demo';
import { parseIcs } from './parse-ics.testing';

const url = `/api/communities/${DEMO_COMMUNITY_SLUG}`;
let t: TestApp;
let visitor: TestClient;
let pilot: TestClient;
let member: TestClient;

const meeting = {
  title: 'Plénière',
  date: '2031-01-14',
  start: '14:30',
  end: '16:00',
  mode: 'visio',
  link: 'https://visio.example.org/hiver',
  place: '',
  agenda: '',
  minutes: '',
};

/** An iCalendar UTC time (20310114T133000Z) as Paris wall-clock time. */
function parisWallClock(value: string | undefined) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  const instant = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return instant.toLocaleString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 16);
}
const unescapeText = (value = '') => value.replace(/\\([\\;,])/g, '$1').replace(/\\n/g, '\n');

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, { patientExperience: false });
  visitor = new TestClient(t.app);
  pilot = new TestClient(t.app);
  await pilot.login('pilote@demo.binome.fr', DEMO_PASSWORD);
  member = new TestClient(t.app);
  await member.login('membre@demo.binome.fr', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('past and coming meetings', () => {
  it('list the demo community’s five 2021 meetings as past, latest first, page by page', async () => {
    const past = (await visitor.get(`${url}/meetings?when=past&pageSize=2`)).json();
    expect(past.total).toBe(5);
    expect(past.items.map((m: { startsAt: string }) => m.startsAt)).toEqual([
      '2021-12-14T13:30:00.000Z',
      '2021-09-21T12:30:00.000Z',
    ]);
    expect(past.items.map((m: { mode: string }) => m.mode)).toEqual(['a_definir', 'a_definir']);
    const all = (await member.get(`${url}/meetings?when=past&pageSize=10`)).json();
    expect(all.items.map((m: { mode: string }) => m.mode)).toEqual([
      'a_definir',
      'a_definir',
      'visio',
      'visio',
      'visio',
    ]);
    // The visio link is for members; visitors see date, title and mode.
    expect(all.items[2].link).toMatch(/^https:\/\//);
    const seenByVisitor = (await visitor.get(`${url}/meetings?when=past&pageSize=10`)).json();
    expect(seenByVisitor.items.every((m: { link: null }) => m.link === null)).toBe(true);
  });

  it('list coming meetings soonest first', async () => {
    expect((await visitor.get(`${url}/meetings`)).json().total).toBe(0);
    await pilot.post(`${url}/meetings`, { ...meeting, title: 'Été', date: '2031-07-08' });
    await pilot.post(`${url}/meetings`, meeting);
    const coming = (await visitor.get(`${url}/meetings?when=upcoming`)).json();
    expect(coming.items.map((m: { title: string }) => m.title)).toEqual(['Plénière', 'Été']);
    expect((await visitor.get(`${url}/meetings?when=demain`)).statusCode).toBe(400);
  });
});

describe('a meeting’s .ics, parsed back', () => {
  it('keeps 14:30–16:00 Paris time in winter and in summer, with title, place and link', async () => {
    const winter = (await pilot.post(`${url}/meetings`, { ...meeting, title: 'Hiver' })).json();
    const summer = (
      await pilot.post(`${url}/meetings`, {
        ...meeting,
        title: 'Été, en salle',
        date: '2031-07-08',
        mode: 'presentiel',
        link: '',
        place: 'Salle 2, Maison des usagers; Nantes',
      })
    ).json();

    const [w] = parseIcs(
      (await member.get(`${url}/meetings/${winter.id}/calendar.ics`)).body,
    ).events;
    expect(w).toMatchObject({ DTSTART: '20310114T133000Z', DTEND: '20310114T150000Z' });
    expect(parisWallClock(w?.DTSTART)).toBe('2031-01-14 14:30');
    expect(parisWallClock(w?.DTEND)).toBe('2031-01-14 16:00');
    expect(unescapeText(w?.SUMMARY)).toBe('Hiver – Partenariat entre usagers et professionnels');
    expect(w?.URL).toBe('https://visio.example.org/hiver');
    expect(w?.LOCATION).toBe('Visio');

    const [s] = parseIcs(
      (await member.get(`${url}/meetings/${summer.id}/calendar.ics`)).body,
    ).events;
    expect(s).toMatchObject({ DTSTART: '20310708T123000Z', DTEND: '20310708T140000Z' });
    expect(parisWallClock(s?.DTSTART)).toBe('2031-07-08 14:30');
    expect(parisWallClock(s?.DTEND)).toBe('2031-07-08 16:00');
    expect(unescapeText(s?.SUMMARY)).toBe(
      'Été, en salle – Partenariat entre usagers et professionnels',
    );
    expect(unescapeText(s?.LOCATION)).toBe('Salle 2, Maison des usagers; Nantes');
    expect(s?.URL).toBeUndefined();
  });
});

describe('demo sub-groups', () => {
  it('come with the demo community, once', async () => {
    expect(await seedDemo(t.database.db, { patientExperience: false })).toBe(false);
    const groups = (await member.get(`${url}/subgroups`)).json() as {
      name: string;
      members: { name: string }[];
    }[];
    expect(groups.map((g) => [g.name, g.members.map((m) => m.name)])).toEqual([
      ['Médico-social', ['Bastien Morvan', 'Yannick Bodin']],
      ['Sanitaire', ['Gérard Le Floch', 'Inès Garnier']],
    ]);
  });
});
