import type { SessionUser } from '../../../shared/schemas/auth';
import type { Paginated } from '../../../shared/schemas/common';
import type { Thread, ThreadSummary } from '../../../shared/schemas/communities';
import { fieldProblem, forbidden, notFound } from '../../lib/errors';
import type { CommunitiesRepository } from './communities.repository';
import { openCommunity } from './community-access';
import type { DiscussionsRepository } from './discussions.repository';

type ThreadRow = Awaited<ReturnType<DiscussionsRepository['find']>>;

const authorOf = (a: { id: string | null; name: string | null } | null) =>
  a?.id && a.name ? { id: a.id, name: a.name } : null;

function summary(found: NonNullable<ThreadRow>): ThreadSummary {
  const { thread, author, replyCount } = found;
  return {
    id: thread.id,
    title: thread.title,
    author: authorOf(author),
    replyCount: Number(replyCount),
    hasSynthesis: thread.synthesisPostId !== null,
    createdAt: thread.createdAt.toISOString(),
    lastActivityAt: thread.lastActivityAt.toISOString(),
  };
}

/** Discussions are the members' space: reading and writing need membership (or admin). */
export function createDiscussionsService({
  communities,
  repo,
}: {
  communities: CommunitiesRepository;
  repo: DiscussionsRepository;
}) {
  async function openAsMember(actor: SessionUser, slug: string) {
    const found = await openCommunity(communities, actor, slug);
    if (!found.access.isMember) throw forbidden();
    return found;
  }

  async function openThread(actor: SessionUser, slug: string, id: string) {
    const found = await openAsMember(actor, slug);
    const thread = await repo.find(found.row.id, id);
    if (!thread) throw notFound();
    return { ...found, thread };
  }

  return {
    async list(
      actor: SessionUser,
      slug: string,
      window: { page: number; pageSize: number },
    ): Promise<Paginated<ThreadSummary>> {
      const { row } = await openAsMember(actor, slug);
      const { rows, total } = await repo.list(row.id, window);
      return { items: rows.map(summary), total, ...window };
    },

    async get(actor: SessionUser, slug: string, id: string): Promise<Thread> {
      const { row, access, thread } = await openThread(actor, slug, id);
      const posts = await repo.posts(thread.thread.id);
      return {
        ...summary(thread),
        body: thread.thread.body,
        posts: posts.map(({ post, author }) => ({
          id: post.id,
          author: authorOf(author),
          body: post.body,
          createdAt: post.createdAt.toISOString(),
          isSynthesis: post.id === thread.thread.synthesisPostId,
        })),
        community: { slug: row.slug, title: row.title },
        canMarkSynthesis: access.canEdit,
      };
    },

    async create(actor: SessionUser, slug: string, input: { title: string; body: string }) {
      const { row } = await openAsMember(actor, slug);
      const created = await repo.createThread({
        communityId: row.id,
        authorId: actor.id,
        ...input,
      });
      return this.get(actor, slug, created.id);
    },

    async reply(actor: SessionUser, slug: string, id: string, body: string): Promise<Thread> {
      const { thread } = await openThread(actor, slug, id);
      await repo.addPost(thread.thread.id, actor.id, body);
      return this.get(actor, slug, id);
    },

    /** Pilots mark (or unmark, with null) the reply that sums up the community's answer. */
    async markSynthesis(actor: SessionUser, slug: string, id: string, postId: string | null) {
      const { access, thread } = await openThread(actor, slug, id);
      if (!access.canEdit) throw forbidden();
      if (postId && !(await repo.postBelongs(thread.thread.id, postId)))
        throw fieldProblem('postId', 'validation.invalid');
      await repo.setSynthesis(thread.thread.id, postId);
      return this.get(actor, slug, id);
    },
  };
}
export type DiscussionsService = ReturnType<typeof createDiscussionsService>;
