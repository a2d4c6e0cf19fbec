import type { FastifyInstance } from 'fastify';
import { problemSchema } from '../../../shared/schemas/common';
import {
  communityCreateSchema,
  communityListQuerySchema,
  communityListSchema,
  communityPageInputSchema,
  communityPageSchema,
  resourceParamsSchema,
  resourceSchema,
  slugParamsSchema,
} from '../../../shared/schemas/communities';
import { requireUser } from '../../lib/authz';
import { problems, typed } from '../../lib/route-helpers';
import type { CommunitiesService } from './communities.service';

/**
 * Communities of practice. Reading is open to visitors for public communities (the page is
 * the structure's public web page); writing needs a pilot of the community or an admin.
 */
export function registerCommunityRoutes(
  app: FastifyInstance,
  { communities }: { communities: CommunitiesService },
) {
  const r = typed(app);
  const tags = ['communities'];

  r.get(
    '/api/communities',
    {
      schema: {
        tags,
        operationId: 'listCommunities',
        querystring: communityListQuerySchema,
        response: { 200: communityListSchema, ...problems },
      },
    },
    async (request) => communities.list(request.user ?? null, request.query),
  );

  r.post(
    '/api/communities',
    {
      schema: {
        tags,
        operationId: 'createCommunity',
        body: communityCreateSchema,
        response: { 201: communityPageSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await communities.create(requireUser(request), request.body);
      return reply.status(201).send(created);
    },
  );

  r.get(
    '/api/communities/:slug',
    {
      schema: {
        tags,
        operationId: 'getCommunity',
        params: slugParamsSchema,
        response: { 200: communityPageSchema, ...problems },
      },
    },
    async (request) => communities.get(request.user ?? null, request.params.slug),
  );

  r.put(
    '/api/communities/:slug',
    {
      schema: {
        tags,
        operationId: 'updateCommunity',
        params: slugParamsSchema,
        body: communityPageInputSchema,
        response: { 200: communityPageSchema, ...problems },
      },
    },
    async (request) => communities.update(requireUser(request), request.params.slug, request.body),
  );

  r.get(
    '/api/communities/:slug/resources/:resource',
    {
      schema: {
        tags,
        operationId: 'getCommunityResource',
        params: resourceParamsSchema,
        response: { 200: resourceSchema, ...problems },
      },
    },
    async (request) =>
      communities.resource(request.user ?? null, request.params.slug, request.params.resource),
  );
}
