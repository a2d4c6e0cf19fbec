import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { problemSchema } from '../../../shared/schemas/common';
import {
  communityMemberSchema,
  joinDecisionParamsSchema,
  joinRequestInputSchema,
  joinRequestSchema,
  memberParamsSchema,
  memberRoleInputSchema,
  slugParamsSchema,
} from '../../../shared/schemas/communities';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { MembershipService } from './membership.service';

export function registerMembershipRoutes(
  app: FastifyInstance,
  { membership }: { membership: MembershipService },
) {
  const r = typed(app);
  const tags = ['communities'];
  const base = '/api/communities/:slug';

  r.post(
    `${base}/join-requests`,
    {
      schema: {
        tags,
        operationId: 'requestToJoinCommunity',
        params: slugParamsSchema,
        body: joinRequestInputSchema,
        response: { 204: noContent, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      await membership.requestToJoin(
        requireUser(request),
        request.params.slug,
        request.body.message,
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${base}/join-requests`,
    {
      schema: {
        tags,
        operationId: 'listCommunityJoinRequests',
        params: slugParamsSchema,
        response: { 200: z.array(joinRequestSchema), ...problems },
      },
    },
    async (request) => membership.pendingRequests(requireUser(request), request.params.slug),
  );

  for (const [verb, accepted] of [
    ['accept', true],
    ['decline', false],
  ] as const) {
    r.post(
      `${base}/join-requests/:id/${verb}`,
      {
        schema: {
          tags,
          operationId: `${verb}CommunityJoinRequest`,
          params: joinDecisionParamsSchema,
          response: { 204: noContent, ...problems, 409: problemSchema },
        },
      },
      async (request, reply) => {
        const { slug, id } = request.params;
        await membership.decide(requireUser(request), slug, id, accepted);
        return reply.status(204).send(null);
      },
    );
  }

  r.get(
    `${base}/members`,
    {
      schema: {
        tags,
        operationId: 'listCommunityMembers',
        params: slugParamsSchema,
        response: { 200: z.array(communityMemberSchema), ...problems },
      },
    },
    async (request) => membership.members(requireUser(request), request.params.slug),
  );

  r.delete(
    `${base}/membership`,
    {
      schema: {
        tags,
        operationId: 'leaveCommunity',
        params: slugParamsSchema,
        response: { 204: noContent, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      await membership.leave(requireUser(request), request.params.slug);
      return reply.status(204).send(null);
    },
  );

  r.put(
    `${base}/members/:userId/role`,
    {
      schema: {
        tags,
        operationId: 'changeCommunityMemberRole',
        params: memberParamsSchema,
        body: memberRoleInputSchema,
        response: { 204: noContent, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const { slug, userId } = request.params;
      await membership.changeRole(requireUser(request), slug, userId, request.body.role);
      return reply.status(204).send(null);
    },
  );

  r.delete(
    `${base}/members/:userId`,
    {
      schema: {
        tags,
        operationId: 'removeCommunityMember',
        params: memberParamsSchema,
        response: { 204: noContent, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      await membership.removeMember(
        requireUser(request),
        request.params.slug,
        request.params.userId,
      );
      return reply.status(204).send(null);
    },
  );
}
