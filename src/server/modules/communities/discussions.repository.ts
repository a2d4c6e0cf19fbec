import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { paginate } from '../../db/paginate';
import { communityPosts, communityThreads, users } from '../../db/schema';

const replyCount = sql<number>`(select count(*)::int from ${communityPosts} where ${communityPosts.threadId} = ${communityThreads.id})`;
const threadAuthor = alias(users, 'thread_author');

export function createDiscussionsRepository(db: Db) {
  return {
    list(communityId: string, window: { page: number; pageSize: number }) {
      const where = eq(communityThreads.communityId, communityId);
      const page = db
        .select({
          thread: communityThreads,
          author: { id: threadAuthor.id, name: threadAuthor.name },
          replyCount,
        })
        .from(communityThreads)
        .leftJoin(threadAuthor, eq(threadAuthor.id, communityThreads.authorId))
        .where(where)
        .orderBy(desc(communityThreads.lastActivityAt), asc(communityThreads.id))
        .$dynamic();
      return paginate(db, page, { table: communityThreads, where }, window);
    },

    async find(communityId: string, id: string) {
      const [found] = await db
        .select({
          thread: communityThreads,
          author: { id: threadAuthor.id, name: threadAuthor.name },
          replyCount,
        })
        .from(communityThreads)
        .leftJoin(threadAuthor, eq(threadAuthor.id, communityThreads.authorId))
        .where(and(eq(communityThreads.communityId, communityId), eq(communityThreads.id, id)));
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

    async setSynthesis(threadId: string, postId: string | null) {
      await db
        .update(communityThreads)
        .set({ synthesisPostId: postId })
        .where(eq(communityThreads.id, threadId));
    },
  };
}
export type DiscussionsRepository = ReturnType<typeof createDiscussionsRepository>;
