import type { Language, NotificationKind } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type {
  Notification,
  NotificationList,
  NotificationSettings,
} from '../../../shared/schemas/notifications';
import type { Clock } from '../../lib/clock';
import { notFound } from '../../lib/errors';
import type { MailService } from '../mail/mail.service';
import { digestMail } from './notification.mails';
import type { NotificationsRepository } from './notifications.repository';

export interface NotifyInput {
  kind: NotificationKind;
  /** Recipients; the actor and duplicates are dropped. */
  userIds: readonly string[];
  communityId: string | null;
  actorId: string | null;
  data?: Record<string, string>;
  /** Path inside the web app. */
  link: string;
}
/** Injected into other modules' services to create notifications. */
export type Notify = (input: NotifyInput) => Promise<void>;
export const notifyNobody: Notify = async () => undefined;

/** The digest goes out once a day, at the first run after this hour (Paris time). */
const DIGEST_HOUR = 7;

const parisParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The Paris calendar day (YYYY-MM-DD) and hour of an instant. */
export function parisDayAndHour(at: Date): { day: string; hour: number } {
  const part = (type: string) => parisParts.formatToParts(at).find((p) => p.type === type)?.value;
  return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

type Row = Awaited<ReturnType<NotificationsRepository['claimForDigest']>>[number];

function toNotification({ notification: n, actor, community }: Row): Notification {
  return {
    id: n.id,
    kind: n.kind as NotificationKind,
    actor: actor?.id && actor.name ? { id: actor.id, name: actor.name } : null,
    community: community?.slug && community.title ? community : null,
    data: n.data,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

export function createNotificationsService({
  repo,
  mail,
  publicUrl,
  clock,
}: {
  repo: NotificationsRepository;
  mail: MailService;
  publicUrl: string;
  clock: Clock;
}) {
  const notify: Notify = async ({ kind, userIds, communityId, actorId, data = {}, link }) => {
    const recipients = [...new Set(userIds)].filter((id) => id !== actorId);
    await repo.insert(
      recipients.map((userId) => ({ userId, kind, communityId, actorId, data, link })),
    );
  };

  return {
    notify,

    async list(
      actor: SessionUser,
      window: { page: number; pageSize: number },
    ): Promise<NotificationList> {
      const [{ rows, total }, unread] = await Promise.all([
        repo.list(actor.id, window),
        repo.unreadCount(actor.id),
      ]);
      return { items: rows.map(toNotification), total, unread, ...window };
    },

    /** Another person's notification does not exist for the reader (404). */
    async markRead(actor: SessionUser, id: string): Promise<void> {
      if (!(await repo.markRead(actor.id, id, clock.now()))) throw notFound();
    },

    async markAllRead(actor: SessionUser): Promise<{ marked: number }> {
      return { marked: await repo.markAllRead(actor.id, clock.now()) };
    },

    async settings(actor: SessionUser): Promise<NotificationSettings> {
      return { digestEnabled: await repo.digestEnabled(actor.id) };
    },

    async updateSettings(
      actor: SessionUser,
      input: NotificationSettings,
    ): Promise<NotificationSettings> {
      await repo.setDigestEnabled(actor.id, input.digestEnabled);
      return this.settings(actor);
    },

    /**
     * Daily digest (run hourly): from 07:00 Paris time, once per day, e-mails each person who
     * wants it the unread notifications not yet sent, then they are stamped and never sent again.
     * Returns the number of e-mails.
     */
    async sendDigests(now: Date): Promise<number> {
      const { day, hour } = parisDayAndHour(now);
      if (hour < DIGEST_HOUR || !(await repo.claimDigestDay(day))) return 0;
      let sent = 0;
      for (const person of await repo.digestRecipients()) {
        const rows = await repo.claimForDigest(person.id, now);
        if (rows.length === 0) continue;
        const language: Language = person.language === 'en' ? 'en' : 'fr';
        const items = rows.map(toNotification).map((n) => ({
          kind: n.kind,
          actor: n.actor?.name ?? null,
          community: n.community?.title ?? null,
          data: n.data,
          link: n.link,
        }));
        await mail.send({ to: person.email, ...digestMail(language, items, publicUrl) });
        sent++;
      }
      return sent;
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
