import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { paginate } from '../../db/paginate';
import {
  communityMembers,
  communityPosts,
  communitySubgroupMembers,
  communitySubgroups,
  communityThreads,
  users,
} from '../../db/schema';

const replyCount = sql<number>`(select count(*)::int from ${communityPosts} where ${communityPosts.threadId} = ${communityThreads.id})`;
const threadAuthor = alias(users, 'thread_author');
const threadColumns = {
  thread: communityThreads,
  author: { id: threadAuthor.id, name: threadAuthor.name },
  subgroup: { id: communitySubgroups.id, name: communitySubgroups.name },
  replyCount,
};

export function createDiscussionsRepository(db: Db) {
  const select = () =>
    db
      .select(threadColumns)
      .from(communityThreads)
      .leftJoin(threadAuthor, eq(threadAuthor.id, communityThreads.authorId))
      .leftJoin(communitySubgroups, eq(communitySubgroups.id, communityThreads.subgroupId));

  return {
    list(
      communityId: string,
      query: { page: number; pageSize: number; subgroup?: string | undefined },
    ) {
      const where = and(
        eq(communityThreads.communityId, communityId),
        query.subgroup ? eq(communityThreads.subgroupId, query.subgroup) : undefined,
      );
      const page = select()
        .where(where)
        .orderBy(desc(communityThreads.lastActivityAt), asc(communityThreads.id))
        .$dynamic();
      return paginate(db, page, { table: communityThreads, where }, query);
    },

    async find(communityId: string, id: string) {
      const [found] = await select().where(
        and(eq(communityThreads.communityId, communityId), eq(communityThreads.id, id)),
      );
      return found;
    },

    posts(threadId: string) {
      return db
        .select({
          post: communityPosts,
          author: { id: users.id, name: users.name },
        })
        .from(communityPosts)
        .leftJoin(users, eq(users.id, communityPosts.authorId))
        .where(eq(communityPosts.threadId, threadId))
        .orderBy(asc(communityPosts.createdAt), asc(communityPosts.id));
    },

    async createThread(values: {
      communityId: string;
      subgroupId: string | null;
      authorId: string;
      title: string;
      body: string;
    }) {
      const [row] = await db.insert(communityThreads).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async addPost(threadId: string, authorId: string, body: string) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(communityPosts)
          .values({ threadId, authorId, body })
          .returning();
        await tx
          .update(communityThreads)
          .set({ lastActivityAt: new Date() })
          .where(eq(communityThreads.id, threadId));
        return row;
      });
    },

    async postBelongs(threadId: string, postId: string) {
      const [row] = await db
        .select({ n: count() })
        .from(communityPosts)
        .where(and(eq(communityPosts.threadId, threadId), eq(communityPosts.id, postId)));
      return (row?.n ?? 0) > 0;
    },

    /** Those of `userIds` who are members of the community (to notify no one else). */
    async membersAmong(communityId: string, userIds: readonly string[]): Promise<string[]> {
      if (userIds.length === 0) return [];
      const rows = await db
        .select({ id: communityMembers.userId })
        .from(communityMembers)
        .where(
          and(
            eq(communityMembers.communityId, communityId),
            inArray(communityMembers.userId, [...userIds]),
          ),
        );
      return rows.map((r) => r.id);
    },

    /** Whether the sub-group belongs to the community and, when `userId` is given, counts them in. */
    async inSubgroup(communityId: string, subgroupId: string, userId?: string) {
      const [row] = await db
        .select({ n: count() })
        .from(communitySubgroups)
        .leftJoin(
          communitySubgroupMembers,
          and(
            eq(communitySubgroupMembers.subgroupId, communitySubgroups.id),
            eq(communitySubgroupMembers.userId, userId ?? sql`null`),
          ),
        )
        .where(
          and(
            eq(communitySubgroups.communityId, communityId),
            eq(communitySubgroups.id, subgroupId),
            userId ? sql`${communitySubgroupMembers.userId} is not null` : undefined,
          ),
        );
      return (row?.n ?? 0) > 0;
    },

    async setSynthesis(threadId: string, postId: string | null) {
      await db
        .update(communityThreads)
        .set({ synthesisPostId: postId })
        .where(eq(communityThreads.id, threadId));
    },
  };
}
export type DiscussionsRepository = ReturnType<typeof createDiscussionsRepository>;
