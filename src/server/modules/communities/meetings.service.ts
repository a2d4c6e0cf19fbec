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
import { meetingReminderMail } from './community.mails';
import { openCommunity } from './community-access';
import { buildCalendar, type IcsEvent } from './ics';
import type { MeetingRow, MeetingsRepository } from './meetings.repository';

const MODE_LABELS: Record<Language, Record<MeetingMode, string>> = {
  fr: { visio: 'visio', presentiel: 'présentiel', a_definir: 'mode et lieu à définir' },
  en: { visio: 'video call', presentiel: 'in person', a_definir: 'mode and place to be decided' },
};

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

export function createMeetingsService({
  communities,
  repo,
  mail,
  publicUrl,
  clock,
}: {
  communities: CommunitiesRepository;
  repo: MeetingsRepository;
  mail: MailService;
  publicUrl: string;
  clock: Clock;
}) {
  const meetingLink = (slug: string, id: string) =>
    `${publicUrl}/communautes/${slug}/rencontres/${id}`;

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
        canEdit: access.canEdit,
      };
    },

    async create(actor: SessionUser, slug: string, input: MeetingValues): Promise<MeetingDetail> {
      const { row, access } = await openCommunity(communities, actor, slug);
      if (!access.canEdit) throw forbidden();
      const meeting = await repo.insert(row.id, await toValues(row.id, input));
      return this.get(actor, slug, meeting.id);
    },

    async update(actor: SessionUser, slug: string, id: string, input: MeetingValues) {
      const { row, access, meeting } = await openMeeting(actor, slug, id);
      if (!access.canEdit) throw forbidden();
      const values = await toValues(row.id, input);
      // A meeting moved to another time gets a new reminder.
      const moved = values.startsAt.getTime() !== meeting.startsAt.getTime();
      await repo.update(id, { ...values, ...(moved ? { reminderSentAt: null } : {}) });
      return this.get(actor, slug, id);
    },

    async remove(actor: SessionUser, slug: string, id: string): Promise<void> {
      const { access } = await openMeeting(actor, slug, id);
      if (!access.canEdit) throw forbidden();
      await repo.delete(id);
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
          const language: Language = member.language === 'en' ? 'en' : 'fr';
          const when = meeting.startsAt.toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR', {
            dateStyle: 'full',
            timeStyle: 'short',
            timeZone: 'Europe/Paris',
          });
          await mail.send({
            to: member.email,
            ...meetingReminderMail(
              language,
              community.title,
              {
                title: meeting.title,
                when,
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
