import { personColumns } from './person';
import { and, asc, desc, eq, gte, isNull, lt } from 'drizzle-orm';
import type { MeetingListQuery } from '../../../shared/schemas/communities';
import type { Db } from '../../db/client';
import { paginate } from '../../db/paginate';
import {
  communities,
  communityMeetingAttendance,
  communityMeetings,
  communityMembers,
  communitySubgroupMembers,
  communitySubgroups,
  users,
} from '../../db/schema';

export type MeetingRow = typeof communityMeetings.$inferSelect;
type MeetingValues = Omit<
  typeof communityMeetings.$inferInsert,
  'id' | 'createdAt' | 'communityId'
>;

export function createMeetingsRepository(db: Db) {
  return {
    /** One page of coming (start at or after `now`) or past meetings. */
    list(communityId: string, query: MeetingListQuery, now: Date) {
      const upcoming = query.when === 'upcoming';
      const where = and(
        eq(communityMeetings.communityId, communityId),
        upcoming ? gte(communityMeetings.startsAt, now) : lt(communityMeetings.startsAt, now),
      );
      const order = upcoming ? asc(communityMeetings.startsAt) : desc(communityMeetings.startsAt);
      const page = db
        .select()
        .from(communityMeetings)
        .where(where)
        .orderBy(order, asc(communityMeetings.id))
        .$dynamic();
      return paginate(db, page, { table: communityMeetings, where }, query);
    },

    async subgroupOf(communityId: string, subgroupId: string) {
      const [row] = await db
        .select({ id: communitySubgroups.id })
        .from(communitySubgroups)
        .where(
          and(
            eq(communitySubgroups.communityId, communityId),
            eq(communitySubgroups.id, subgroupId),
          ),
        );
      return row;
    },

    async find(communityId: string, id: string) {
      const [row] = await db
        .select()
        .from(communityMeetings)
        .where(and(eq(communityMeetings.communityId, communityId), eq(communityMeetings.id, id)));
      return row;
    },

    async insert(communityId: string, values: MeetingValues) {
      const [row] = await db
        .insert(communityMeetings)
        .values({ ...values, communityId })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async update(id: string, values: MeetingValues) {
      const [row] = await db
        .update(communityMeetings)
        .set(values)
        .where(eq(communityMeetings.id, id))
        .returning();
      return row;
    },

    async delete(id: string) {
      await db.delete(communityMeetings).where(eq(communityMeetings.id, id));
    },

    attendance(meetingId: string) {
      return db
        .select({
          person: personColumns,
          status: communityMeetingAttendance.status,
        })
        .from(communityMeetingAttendance)
        .innerJoin(users, eq(users.id, communityMeetingAttendance.userId))
        .where(eq(communityMeetingAttendance.meetingId, meetingId))
        .orderBy(asc(users.name));
    },

    async setAttendance(meetingId: string, userId: string, status: string) {
      await db
        .insert(communityMeetingAttendance)
        .values({ meetingId, userId, status })
        .onConflictDoUpdate({
          target: [communityMeetingAttendance.meetingId, communityMeetingAttendance.userId],
          set: { status },
        });
    },

    async calendarToken(communityId: string) {
      const [row] = await db
        .select({ token: communities.calendarToken })
        .from(communities)
        .where(eq(communities.id, communityId));
      return row?.token ?? null;
    },

    async setCalendarToken(communityId: string, token: string) {
      await db
        .update(communities)
        .set({ calendarToken: token })
        .where(eq(communities.id, communityId));
    },

    /** Meetings starting in [from, to) whose reminder has not gone out, with their community. */
    dueReminders(from: Date, to: Date) {
      return db
        .select({
          meeting: communityMeetings,
          community: { title: communities.title, slug: communities.slug },
        })
        .from(communityMeetings)
        .innerJoin(communities, eq(communities.id, communityMeetings.communityId))
        .where(
          and(
            gte(communityMeetings.startsAt, from),
            lt(communityMeetings.startsAt, to),
            isNull(communityMeetings.reminderSentAt),
          ),
        );
    },

    /** Claims a reminder (false when another instance already sent it). */
    async claimReminder(id: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(communityMeetings)
        .set({ reminderSentAt: at })
        .where(and(eq(communityMeetings.id, id), isNull(communityMeetings.reminderSentAt)))
        .returning({ id: communityMeetings.id });
      return rows.length > 0;
    },

    /** The community's members, or only the sub-group's when the meeting has one. */
    membersToRemind(communityId: string, subgroupId: string | null) {
      if (subgroupId !== null) {
        return db
          .select({ id: users.id, email: users.email, language: users.language })
          .from(communitySubgroupMembers)
          .innerJoin(users, eq(users.id, communitySubgroupMembers.userId))
          .where(eq(communitySubgroupMembers.subgroupId, subgroupId));
      }
      return db
        .select({ id: users.id, email: users.email, language: users.language })
        .from(communityMembers)
        .innerJoin(users, eq(users.id, communityMembers.userId))
        .where(eq(communityMembers.communityId, communityId));
    },

    async isMember(communityId: string, userId: string) {
      const [row] = await db
        .select({ role: communityMembers.role })
        .from(communityMembers)
        .where(
          and(eq(communityMembers.communityId, communityId), eq(communityMembers.userId, userId)),
        );
      return Boolean(row);
    },
  };
}
export type MeetingsRepository = ReturnType<typeof createMeetingsRepository>;
