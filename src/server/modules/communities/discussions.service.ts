import type { NotificationKind } from '../../../shared/enums';
import { mentionedIds } from '../../../shared/mentions';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Paginated } from '../../../shared/schemas/common';
import type { Thread, ThreadSummary } from '../../../shared/schemas/communities';
import { fieldProblem, forbidden, notFound } from '../../lib/errors';
import { notifyNobody, type Notify } from '../notifications/notifications.service';
import type { CommunitiesRepository } from './communities.repository';
import { openCommunity } from './community-access';
import type { DiscussionsRepository } from './discussions.repository';

type ThreadRow = Awaited<ReturnType<DiscussionsRepository['find']>>;

const authorOf = (a: { id: string | null; name: string | null } | null) =>
  a?.id && a.name ? { id: a.id, name: a.name } : null;

function summary(found: NonNullable<ThreadRow>): ThreadSummary {
  const { thread, author, subgroup, replyCount } = found;
  return {
    id: thread.id,
    title: thread.title,
    author: authorOf(author),
    replyCount: Number(replyCount),
    hasSynthesis: thread.synthesisPostId !== null,
    subgroup: subgroup?.id && subgroup.name ? { id: subgroup.id, name: subgroup.name } : null,
    createdAt: thread.createdAt.toISOString(),
    lastActivityAt: thread.lastActivityAt.toISOString(),
  };
}

const isId = (id: string | null | undefined): id is string => Boolean(id);

/**
 * Discussions are the members' space: reading and writing need membership (or admin).
 * Mentioned members, earlier participants and, for a synthesis, everyone in the thread are
 * notified (only current members, never the person who acted).
 */
export function createDiscussionsService({
  communities,
  repo,
  notify = notifyNobody,
}: {
  communities: CommunitiesRepository;
  repo: DiscussionsRepository;
  notify?: Notify;
}) {
  async function tell(
    kind: NotificationKind,
    actor: SessionUser,
    community: { id: string; slug: string },
    thread: { id: string; title: string },
    userIds: string[],
  ) {
    const others = userIds.filter((id) => id !== actor.id);
    await notify({
      kind,
      userIds: await repo.membersAmong(community.id, others),
      communityId: community.id,
      actorId: actor.id,
      data: { threadId: thread.id, threadTitle: thread.title },
      link: `/communautes/${community.slug}/discussions/${thread.id}`,
    });
  }

  /** The thread's author and everyone who replied. */
  async function participants(thread: { id: string; authorId: string | null }) {
    const posts = await repo.posts(thread.id);
    return [thread.authorId, ...posts.map((p) => p.post.authorId)].filter(isId);
  }

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
      query: { page: number; pageSize: number; subgroup?: string | undefined },
    ): Promise<Paginated<ThreadSummary>> {
      const { row } = await openAsMember(actor, slug);
      const { rows, total } = await repo.list(row.id, query);
      return { items: rows.map(summary), total, page: query.page, pageSize: query.pageSize };
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

    async create(
      actor: SessionUser,
      slug: string,
      input: { title: string; body: string; subgroupId: string | null },
    ) {
      const { row, access } = await openAsMember(actor, slug);
      // A sub-group's question is asked by one of its members, or by a pilot.
      if (
        input.subgroupId !== null &&
        !(await repo.inSubgroup(row.id, input.subgroupId, access.canEdit ? undefined : actor.id))
      )
        throw fieldProblem('subgroupId', 'thread.subgroup');
      const created = await repo.createThread({
        communityId: row.id,
        authorId: actor.id,
        ...input,
      });
      await tell('mention', actor, row, created, mentionedIds(input.body));
      return this.get(actor, slug, created.id);
    },

    async reply(actor: SessionUser, slug: string, id: string, body: string): Promise<Thread> {
      const { row, thread } = await openThread(actor, slug, id);
      const earlier = await participants(thread.thread);
      await repo.addPost(thread.thread.id, actor.id, body);
      const mentioned = mentionedIds(body);
      await tell('mention', actor, row, thread.thread, mentioned);
      const replied = earlier.filter((userId) => !mentioned.includes(userId));
      await tell('reply', actor, row, thread.thread, replied);
      return this.get(actor, slug, id);
    },

    /** Pilots mark (or unmark, with null) the reply that sums up the community's answer. */
    async markSynthesis(actor: SessionUser, slug: string, id: string, postId: string | null) {
      const { row, access, thread } = await openThread(actor, slug, id);
      if (!access.canEdit) throw forbidden();
      if (postId && !(await repo.postBelongs(thread.thread.id, postId)))
        throw fieldProblem('postId', 'validation.invalid');
      await repo.setSynthesis(thread.thread.id, postId);
      if (postId && postId !== thread.thread.synthesisPostId)
        await tell('synthesis', actor, row, thread.thread, await participants(thread.thread));
      return this.get(actor, slug, id);
    },
  };
}
export type DiscussionsService = ReturnType<typeof createDiscussionsService>;
