import { and, asc, count, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { paginate } from '../../db/paginate';
import { appMeta, communities, notifications, users } from '../../db/schema';

export type NewNotificationRow = typeof notifications.$inferInsert;

const DIGEST_DAY_KEY = 'notifications_digest_day';
const actor = { id: users.id, name: users.name };
const community = { slug: communities.slug, title: communities.title };

export function createNotificationsRepository(db: Db) {
  return {
    async insert(rows: NewNotificationRow[]) {
      if (rows.length > 0) await db.insert(notifications).values(rows);
    },

    /** One person's notifications, newest first, with who acted and the community. */
    list(userId: string, window: { page: number; pageSize: number }) {
      const where = eq(notifications.userId, userId);
      const page = db
        .select({ notification: notifications, actor, community })
        .from(notifications)
        .leftJoin(users, eq(users.id, notifications.actorId))
        .leftJoin(communities, eq(communities.id, notifications.communityId))
        .where(where)
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .$dynamic();
      return paginate(db, page, { table: notifications, where }, window);
    },

    async unreadCount(userId: string) {
      const [row] = await db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
      return row?.n ?? 0;
    },

    /** Marks one of the person's notifications read (keeps the first reading time). */
    async markRead(userId: string, id: string, at: Date): Promise<boolean> {
      const [found] = await db
        .select({ readAt: notifications.readAt })
        .from(notifications)
        .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
      if (!found) return false;
      if (!found.readAt)
        await db.update(notifications).set({ readAt: at }).where(eq(notifications.id, id));
      return true;
    },

    async markAllRead(userId: string, at: Date): Promise<number> {
      const rows = await db
        .update(notifications)
        .set({ readAt: at })
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return rows.length;
    },

    async digestEnabled(userId: string) {
      const [row] = await db
        .select({ digestEnabled: users.digestEnabled })
        .from(users)
        .where(eq(users.id, userId));
      return row?.digestEnabled ?? true;
    },

    async setDigestEnabled(userId: string, digestEnabled: boolean) {
      await db
        .update(users)
        .set({ digestEnabled, updatedAt: new Date() })
        .where(eq(users.id, userId));
    },

    /**
     * Claims the digest of a Paris day: true once per day, even with several app instances.
     * The key holds the last day a digest went out.
     */
    async claimDigestDay(day: string): Promise<boolean> {
      const rows = await db
        .insert(appMeta)
        .values({ key: DIGEST_DAY_KEY, value: day })
        .onConflictDoUpdate({
          target: appMeta.key,
          set: { value: day, updatedAt: new Date() },
          setWhere: ne(appMeta.value, day),
        })
        .returning({ key: appMeta.key });
      return rows.length > 0;
    },

    /** People with the digest on and at least one unread notification not yet in a digest. */
    async digestRecipients() {
      return db
        .selectDistinct({ id: users.id, email: users.email, language: users.language })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .where(
          and(
            eq(users.digestEnabled, true),
            isNull(notifications.readAt),
            isNull(notifications.digestedAt),
          ),
        );
    },

    /** Stamps a person's pending notifications as digested and returns them, oldest first. */
    async claimForDigest(userId: string, at: Date) {
      const claimed = await db
        .update(notifications)
        .set({ digestedAt: at })
        .where(
          and(
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
            isNull(notifications.digestedAt),
          ),
        )
        .returning({ id: notifications.id });
      if (claimed.length === 0) return [];
      return db
        .select({ notification: notifications, actor, community })
        .from(notifications)
        .leftJoin(users, eq(users.id, notifications.actorId))
        .leftJoin(communities, eq(communities.id, notifications.communityId))
        .where(
          inArray(
            notifications.id,
            claimed.map((c) => c.id),
          ),
        )
        .orderBy(asc(notifications.createdAt), asc(notifications.id));
    },
  };
}
export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
