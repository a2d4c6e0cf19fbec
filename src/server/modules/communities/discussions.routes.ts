import type { FastifyInstance } from 'fastify';
import {
  postInputSchema,
  slugParamsSchema,
  synthesisInputSchema,
  threadInputSchema,
  threadListQuerySchema,
  threadListSchema,
  threadParamsSchema,
  threadSchema,
} from '../../../shared/schemas/communities';
import { requireUser } from '../../lib/authz';
import { problems, typed } from '../../lib/route-helpers';
import type { DiscussionsService } from './discussions.service';

export function registerDiscussionRoutes(
  app: FastifyInstance,
  { discussions }: { discussions: DiscussionsService },
) {
  const r = typed(app);
  const tags = ['communities'];
  const base = '/api/communities/:slug/threads';

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listCommunityThreads',
        params: slugParamsSchema,
        querystring: threadListQuerySchema,
        response: { 200: threadListSchema, ...problems },
      },
    },
    async (request) => discussions.list(requireUser(request), request.params.slug, request.query),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'createCommunityThread',
        params: slugParamsSchema,
        body: threadInputSchema,
        response: { 201: threadSchema, ...problems },
      },
    },
    async (request, reply) => {
      const created = await discussions.create(
        requireUser(request),
        request.params.slug,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  r.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'getCommunityThread',
        params: threadParamsSchema,
        response: { 200: threadSchema, ...problems },
      },
    },
    async (request) =>
      discussions.get(requireUser(request), request.params.slug, request.params.id),
  );

  r.post(
    `${base}/:id/posts`,
    {
      schema: {
        tags,
        operationId: 'replyToCommunityThread',
        params: threadParamsSchema,
        body: postInputSchema,
        response: { 201: threadSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      const thread = await discussions.reply(requireUser(request), slug, id, request.body.body);
      return reply.status(201).send(thread);
    },
  );

  r.put(
    `${base}/:id/synthesis`,
    {
      schema: {
        tags,
        operationId: 'markCommunityThreadSynthesis',
        params: threadParamsSchema,
        body: synthesisInputSchema,
        response: { 200: threadSchema, ...problems },
      },
    },
    async (request) => {
      const { slug, id } = request.params;
      return discussions.markSynthesis(requireUser(request), slug, id, request.body.postId);
    },
  );
}
