import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDemoCommunity } from '../../../../test/support/demo-community';
import type { TestApp, TestClient } from '../../../../test/support/test-app';
import type { Notification } from '../../../shared/schemas/notifications';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';

const url = `/api/communities/${DEMO_COMMUNITY_SLUG}`;
let t: TestApp;
let pilot: TestClient;
let member: TestClient;
let admin: TestClient;

const meeting = {
  title: 'Plénière de printemps',
  date: '2033-04-12',
  start: '09:30',
  end: '11:00',
  mode: 'visio',
  link: 'https://visio.example.org/printemps',
  place: '',
  agenda: '',
  minutes: '',
  subgroupId: null,
};

type Mail = { to: string; subject: string; text: string };
const invitations = async (title: string) =>
  ((await admin.get('/api/admin/outbox?pageSize=100')).json().items as Mail[]).filter((m) =>
    m.subject.includes(`invitation, ${title}`),
  );
const invitedIn = async (client: TestClient, meetingId: string) =>
  ((await client.get('/api/notifications')).json().items as Notification[]).filter(
    (n) => n.kind === 'meeting_invitation' && n.data.meetingId === meetingId,
  );

beforeAll(async () => {
  ({ t, pilot, member, admin } = await withDemoCommunity());
});
afterAll(() => t.close());

describe('meeting invitations', () => {
  it('e-mail and notify every member but the author, with Paris time, link and .ics', async () => {
    const created = (await pilot.post(`${url}/meetings`, meeting)).json();
    const mails = await invitations(meeting.title);
    expect(mails.map((m) => m.to).sort()).toEqual([
      'membre@demo.binome.fr',
      'qualite@demo.binome.fr',
      'usager@demo.binome.fr',
    ]);
    const mail = mails.find((m) => m.to === 'membre@demo.binome.fr');
    expect(mail?.text).toContain('mardi 12 avril 2033 à 09:30 (visio)');
    expect(mail?.text).toContain('Lien de visio : https://visio.example.org/printemps');
    expect(mail?.text).toContain(
      `http://localhost:3000/api/communities/${DEMO_COMMUNITY_SLUG}/meetings/${created.id}/calendar.ics`,
    );
    expect(mail?.text).toContain(`/communautes/${DEMO_COMMUNITY_SLUG}/rencontres/${created.id}`);

    const [notification] = await invitedIn(member, created.id);
    expect(notification).toMatchObject({
      data: { meetingTitle: meeting.title, startsAt: '2033-04-12T07:30:00.000Z' },
      link: `/communautes/${DEMO_COMMUNITY_SLUG}/rencontres/${created.id}`,
    });
    expect(await invitedIn(pilot, created.id)).toEqual([]);
  });

  it('go to the sub-group only for a sub-group meeting, in each person’s language', async () => {
    const groups = (await pilot.get(`${url}/subgroups`)).json() as { id: string; name: string }[];
    const sanitaire = groups.find((g) => g.name === 'Sanitaire');
    const me = await member.get('/api/me');
    await member.patch('/api/me', { ...me.json(), language: 'en' });
    const title = 'Sous-groupe sanitaire';
    await pilot.post(`${url}/meetings`, {
      ...meeting,
      title,
      mode: 'presentiel',
      link: '',
      place: 'CH de Quimper, salle 2',
      subgroupId: sanitaire?.id,
    });
    const mails = await invitations(title);
    expect(mails.map((m) => m.to).sort()).toEqual([
      'qualite@demo.binome.fr',
      'usager@demo.binome.fr',
    ]);
    expect(mails[0]?.text).toContain('Lieu : CH de Quimper, salle 2');

    const medico = groups.find((g) => g.name === 'Médico-social');
    await pilot.post(`${url}/meetings`, { ...meeting, title: 'Médico', subgroupId: medico?.id });
    const [english] = await invitations('Médico');
    expect(english?.to).toBe('membre@demo.binome.fr');
    expect(english?.subject).toBe(
      'Binôme: invitation, Médico (Partenariat entre usagers et professionnels)',
    );
    expect(english?.text).toContain('Tuesday, 12 April 2033 at 09:30 (video call)');
    expect(english?.text).toContain('Add it to your calendar (.ics)');
  });

  it('tell the members when a coming meeting moves or is cancelled, not when its agenda changes', async () => {
    const title = 'Plénière à déplacer';
    const created = (await pilot.post(`${url}/meetings`, { ...meeting, title })).json();
    const path = `${url}/meetings/${created.id}`;
    const news = async (kind: string) =>
      ((await member.get('/api/notifications')).json().items as Notification[]).filter(
        (n) => n.kind === kind && n.data.meetingId === created.id,
      );
    // The demo member reads English since the previous test; the others French.
    const mailsAbout = async (fr: string, en: string) =>
      ((await admin.get('/api/admin/outbox?pageSize=100')).json().items as Mail[]).filter(
        (m) => m.subject.includes(`${fr}, ${title}`) || m.subject.includes(`${en}, ${title}`),
      );

    await pilot.put(path, { ...meeting, title, agenda: '1. Tour de table' });
    expect(await news('meeting_changed')).toEqual([]);
    expect(await mailsAbout('rencontre modifiée', 'meeting changed')).toEqual([]);

    await pilot.put(path, { ...meeting, title, start: '14:00', end: '15:30' });
    const [changed] = await news('meeting_changed');
    expect(changed?.data.startsAt).toBe('2033-04-12T12:00:00.000Z');
    const moved = await mailsAbout('rencontre modifiée', 'meeting changed');
    expect(moved.map((m) => m.to).sort()).toEqual([
      'membre@demo.binome.fr',
      'qualite@demo.binome.fr',
      'usager@demo.binome.fr',
    ]);
    expect(moved.find((m) => m.to === 'qualite@demo.binome.fr')?.text).toContain('à 14:00');

    expect((await pilot.delete(path)).statusCode).toBe(204);
    const [cancelled] = await news('meeting_cancelled');
    expect(cancelled?.link).toBe(`/communautes/${DEMO_COMMUNITY_SLUG}`);
    const gone = await mailsAbout('rencontre annulée', 'meeting cancelled');
    expect(gone).toHaveLength(3);
    const french = gone.find((m) => m.to === 'qualite@demo.binome.fr')?.text;
    expect(french).toContain('La rencontre n’aura pas lieu.');
    expect(french).not.toContain('calendar.ics');
    expect(gone.find((m) => m.to === 'membre@demo.binome.fr')?.text).toContain(
      'The meeting will not take place.',
    );
  });
});
