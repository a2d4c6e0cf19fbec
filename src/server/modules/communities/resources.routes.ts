import type { FastifyInstance } from 'fastify';
import { problemSchema } from '../../../shared/schemas/common';
import {
  resourceInputSchema,
  resourceParamsSchema,
  resourceSchema,
  slugParamsSchema,
} from '../../../shared/schemas/communities';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { ResourcesService } from './resources.service';

/** Writing resources; reading one is `getCommunityResource` in communities.routes.ts. */
export function registerResourceRoutes(
  app: FastifyInstance,
  { resources }: { resources: ResourcesService },
) {
  const r = typed(app);
  const tags = ['communities'];

  r.post(
    '/api/communities/:slug/resources',
    {
      schema: {
        tags,
        operationId: 'createCommunityResource',
        params: slugParamsSchema,
        body: resourceInputSchema,
        response: { 201: resourceSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await resources.create(
        requireUser(request),
        request.params.slug,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  r.put(
    '/api/communities/:slug/resources/:resource',
    {
      schema: {
        tags,
        operationId: 'updateCommunityResource',
        params: resourceParamsSchema,
        body: resourceInputSchema,
        response: { 200: resourceSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) => {
      const { slug, resource } = request.params;
      return resources.update(requireUser(request), slug, resource, request.body);
    },
  );

  r.delete(
    '/api/communities/:slug/resources/:resource',
    {
      schema: {
        tags,
        operationId: 'deleteCommunityResource',
        params: resourceParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { slug, resource } = request.params;
      await resources.remove(requireUser(request), slug, resource);
      return reply.status(204).send(null);
    },
  );
}
