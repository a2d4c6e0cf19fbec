import { toPerson } from './person';
import type { Language, MeetingMode } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Paginated } from '../../../shared/schemas/common';
import type {
  AttendanceStatus,
  Meeting,
  MeetingDetail,
  MeetingListQuery,
  MeetingValues,
} from '../../../shared/schemas/communities';
import type { Clock } from '../../lib/clock';
import { fieldProblem, forbidden, notFound } from '../../lib/errors';
import { parisTime } from '../../lib/paris-time';
import { newToken, safeEqual } from '../../lib/tokens';
import type { MailService } from '../mail/mail.service';
import type { CommunitiesRepository } from './communities.repository';
import { notifyNobody, type Notify } from '../notifications/notifications.service';
import { meetingInvitationMail, meetingReminderMail, type MeetingNews } from './community.mails';
import { openCommunity } from './community-access';
import { buildCalendar, type IcsEvent } from './ics';
import type { MeetingRow, MeetingsRepository } from './meetings.repository';
import type { DocumentLinksRepository } from './document-links.repository';
import type { DocumentsRepository } from './documents.repository';
import { linkableDocument, visibleTo } from './documents.service';

const MODE_LABELS: Record<Language, Record<MeetingMode, string>> = {
  fr: { visio: 'visio', presentiel: 'présentiel', a_definir: 'mode et lieu à définir' },
  en: { visio: 'video call', presentiel: 'in person', a_definir: 'mode and place to be decided' },
};

const languageOf = (value: string): Language => (value === 'en' ? 'en' : 'fr');

/** "mercredi 10 mars 2032 à 14:30", in Paris time. */
const parisWhen = (at: Date, language: Language) =>
  at.toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });

/** What everyone who can open the community sees of a meeting; link and place for members. */
export function meetingSummary(m: MeetingRow, member: boolean): Meeting {
  return {
    id: m.id,
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    mode: m.mode as MeetingMode,
    subgroupId: m.subgroupId,
    link: member ? m.link : null,
    place: member ? m.place : null,
  };
}

/** What a participant must know again: the title, the time, the mode, the link or the place. */
function practicalChange(before: MeetingRow, after: MeetingRow) {
  return (
    before.title !== after.title ||
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.mode !== after.mode ||
    before.link !== after.link ||
    before.place !== after.place
  );
}

export function createMeetingsService({
  communities,
  repo,
  mail,
  publicUrl,
  clock,
  notify = notifyNobody,
  documents,
  attachments,
}: {
  communities: CommunitiesRepository;
  repo: MeetingsRepository;
  documents: DocumentsRepository;
  attachments: DocumentLinksRepository;
  mail: MailService;
  publicUrl: string;
  clock: Clock;
  notify?: Notify;
}) {
  const meetingPath = (slug: string, id: string) => `/communautes/${slug}/rencontres/${id}`;
  const meetingLink = (slug: string, id: string) => `${publicUrl}${meetingPath(slug, id)}`;

  /**
   * Tells a meeting's audience (the community's members, or the sub-group's; not the pilot who
   * acted) what happened to it — new, moved or cancelled — in the app and by e-mail with the
   * time, mode, link or place and the .ics.
   */
  async function tellAudience(
    actor: SessionUser,
    community: { id: string; slug: string; title: string },
    m: MeetingRow,
    news: MeetingNews,
  ) {
    const audience = (await repo.membersToRemind(community.id, m.subgroupId)).filter(
      (p) => p.id !== actor.id,
    );
    const ics = `${publicUrl}/api/communities/${community.slug}/meetings/${m.id}/calendar.ics`;
    const page =
      news === 'cancelled'
        ? `${publicUrl}/communautes/${community.slug}`
        : meetingLink(community.slug, m.id);
    for (const person of audience) {
      const language = languageOf(person.language);
      await mail.send({
        to: person.email,
        ...meetingInvitationMail(
          language,
          community.title,
          {
            title: m.title,
            when: parisWhen(m.startsAt, language),
            mode: MODE_LABELS[language][m.mode as MeetingMode],
            link: m.link,
            place: m.place,
          },
          { page, ics },
          news,
        ),
      });
    }
    await notify({
      kind: news === 'invitation' ? 'meeting_invitation' : `meeting_${news}`,
      userIds: audience.map((p) => p.id),
      communityId: community.id,
      actorId: actor.id,
      data: { meetingId: m.id, meetingTitle: m.title, startsAt: m.startsAt.toISOString() },
      link:
        news === 'cancelled' ? `/communautes/${community.slug}` : meetingPath(community.slug, m.id),
    });
  }

  async function openMeeting(actor: SessionUser | null, slug: string, id: string) {
    const found = await openCommunity(communities, actor, slug);
    const meeting = await repo.find(found.row.id, id);
    if (!meeting) throw notFound();
    return { ...found, meeting };
  }

  /** A meeting may belong to one of the community's own sub-groups only. */
  async function toValues(communityId: string, input: MeetingValues) {
    if (input.subgroupId !== null && !(await repo.subgroupOf(communityId, input.subgroupId)))
      throw fieldProblem('subgroupId', 'meeting.subgroup');
    return {
      subgroupId: input.subgroupId,
      title: input.title,
      startsAt: parisTime(input.date, input.start),
      endsAt: parisTime(input.date, input.end),
      mode: input.mode,
      link: input.link,
      place: input.place,
      agenda: input.agenda,
      minutes: input.minutes,
    };
  }

  /** Visio links and places are for members; a calendar for visitors has neither. */
  function toEvent(
    m: MeetingRow,
    community: { slug: string; title: string },
    member: boolean,
  ): IcsEvent {
    const parts = [m.agenda, `${meetingLink(community.slug, m.id)}`].filter(Boolean);
    return {
      uid: `${m.id}@binome`,
      title: `${m.title} – ${community.title}`,
      start: m.startsAt,
      end: m.endsAt,
      description: parts.join('\n\n'),
      location: member ? (m.place ?? (m.mode === 'visio' ? 'Visio' : null)) : null,
      url: member ? m.link : null,
      updatedAt: m.createdAt,
    };
  }

  return {
    /** Coming meetings soonest first, past ones latest first. */
    async list(
      actor: SessionUser | null,
      slug: string,
      query: MeetingListQuery,
    ): Promise<Paginated<Meeting>> {
      const { row, access } = await openCommunity(communities, actor, slug);
      const { rows, total } = await repo.list(row.id, query, clock.now());
      return {
        items: rows.map((m) => meetingSummary(m, access.isMember)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(actor: SessionUser | null, slug: string, id: string): Promise<MeetingDetail> {
      const { row, access, meeting } = await openMeeting(actor, slug, id);
      const attendance = access.isMember ? await repo.attendance(meeting.id) : null;
      return {
        ...meetingSummary(meeting, access.isMember),
        agenda: meeting.agenda,
        minutes: access.isMember ? meeting.minutes : null,
        attendance:
          attendance?.map((a) => ({
            person: toPerson(a.person),
            status: a.status as AttendanceStatus,
          })) ?? null,
        community: { slug: row.slug, title: row.title },
        documents: await attachments.list(meeting.id, visibleTo(access)),
        canEdit: access.canEdit,
      };
    },

    /** Pilots attach one of the community's documents (slides, annexes) to a meeting. */
    async attach(actor: SessionUser, slug: string, id: string, documentId: string) {
      const { row, access, meeting } = await openMeeting(actor, slug, id);
      if (!access.canEdit) throw forbidden();
      const document = await linkableDocument(documents, row.id, access, documentId);
      await attachments.attach(meeting.id, document.id);
      return this.get(actor, slug, id);
    },

    async detach(actor: SessionUser, slug: string, id: string, documentId: string) {
      const { access, meeting } = await openMeeting(actor, slug, id);
      if (!access.canEdit) throw forbidden();
      await attachments.detach(meeting.id, documentId);
      return this.get(actor, slug, id);
    },

    async create(actor: SessionUser, slug: string, input: MeetingValues): Promise<MeetingDetail> {
      const { row, access } = await openCommunity(communities, actor, slug);
      if (!access.canEdit) throw forbidden();
      const meeting = await repo.insert(row.id, await toValues(row.id, input));
      await tellAudience(actor, row, meeting, 'invitation');
      return this.get(actor, slug, meeting.id);
    },

    async update(actor: SessionUser, slug: string, id: string, input: MeetingValues) {
      const { row, access, meeting } = await openMeeting(actor, slug, id);
      if (!access.canEdit) throw forbidden();
      const values = await toValues(row.id, input);
      // A meeting moved to another time gets a new reminder.
      const moved = values.startsAt.getTime() !== meeting.startsAt.getTime();
      const updated = await repo.update(id, {
        ...values,
        ...(moved ? { reminderSentAt: null } : {}),
      });
      // Its audience hears of a change they must act on (not of an agenda or minutes edit),
      // while it is still to come.
      if (updated && updated.startsAt > clock.now() && practicalChange(meeting, updated))
        await tellAudience(actor, row, updated, 'changed');
      return this.get(actor, slug, id);
    },

    async remove(actor: SessionUser, slug: string, id: string): Promise<void> {
      const { row, access, meeting } = await openMeeting(actor, slug, id);
      if (!access.canEdit) throw forbidden();
      await repo.delete(id);
      if (meeting.startsAt > clock.now()) await tellAudience(actor, row, meeting, 'cancelled');
    },

    /** Pilots record anyone's attendance; a member records their own. */
    async setAttendance(
      actor: SessionUser,
      slug: string,
      id: string,
      input: { userId: string; status: AttendanceStatus },
    ): Promise<void> {
      const { row, access, meeting } = await openMeeting(actor, slug, id);
      const self = input.userId === actor.id && access.role !== null;
      if (!access.canEdit && !self) throw forbidden();
      if (!(await repo.isMember(row.id, input.userId)))
        throw fieldProblem('userId', 'meeting.notMember');
      await repo.setAttendance(meeting.id, input.userId, input.status);
    },

    async ics(actor: SessionUser | null, slug: string, id: string): Promise<string> {
      const { row, access, meeting } = await openMeeting(actor, slug, id);
      return buildCalendar(row.title, [toEvent(meeting, row, access.isMember)]);
    },

    /** The subscribable feed: whoever holds the token sees what a member sees. */
    async feed(slug: string, token: string | undefined): Promise<string> {
      const found = await communities.findBySlug(slug);
      const expected = found ? await repo.calendarToken(found.row.id) : null;
      if (!found || !expected || !token || !safeEqual(token, expected)) throw notFound();
      const meetings = await communities.meetings(found.row.id);
      return buildCalendar(
        found.row.title,
        meetings.map((m) => toEvent(m, found.row, true)),
      );
    },

    async feedUrl(actor: SessionUser, slug: string): Promise<{ url: string }> {
      const { row, access } = await openCommunity(communities, actor, slug);
      if (!access.isMember) throw forbidden();
      const token = await repo.calendarToken(row.id);
      return { url: `${publicUrl}/api/communities/${row.slug}/calendar.ics?token=${token ?? ''}` };
    },

    async rotateFeed(actor: SessionUser, slug: string): Promise<{ url: string }> {
      const { row, access } = await openCommunity(communities, actor, slug);
      if (!access.canEdit) throw forbidden();
      await repo.setCalendarToken(row.id, newToken());
      return this.feedUrl(actor, slug);
    },

    /**
     * E-mails the members of each meeting starting within the next 24 hours (only the sub-group's
     * for a sub-group meeting), once per meeting (run hourly; several app instances cannot send it
     * twice thanks to the claim).
     */
    async sendReminders(now: Date): Promise<number> {
      const due = await repo.dueReminders(now, new Date(now.getTime() + 24 * 3_600_000));
      let sent = 0;
      for (const { meeting, community } of due) {
        if (!(await repo.claimReminder(meeting.id, now))) continue;
        for (const member of await repo.membersToRemind(meeting.communityId, meeting.subgroupId)) {
          const language = languageOf(member.language);
          await mail.send({
            to: member.email,
            ...meetingReminderMail(
              language,
              community.title,
              {
                title: meeting.title,
                when: parisWhen(meeting.startsAt, language),
                mode: MODE_LABELS[language][meeting.mode as MeetingMode],
              },
              meetingLink(community.slug, meeting.id),
            ),
          });
          sent++;
        }
      }
      return sent;
    },
  };
}
export type MeetingsService = ReturnType<typeof createMeetingsService>;
