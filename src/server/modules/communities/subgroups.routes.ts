import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { problemSchema } from '../../../shared/schemas/common';
import {
  slugParamsSchema,
  subgroupInputSchema,
  subgroupMemberParamsSchema,
  subgroupParamsSchema,
  subgroupSchema,
} from '../../../shared/schemas/communities';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { SubgroupsService } from './subgroups.service';

export function registerSubgroupRoutes(
  app: FastifyInstance,
  { subgroups }: { subgroups: SubgroupsService },
) {
  const r = typed(app);
  const tags = ['communities'];
  const base = '/api/communities/:slug/subgroups';

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listCommunitySubgroups',
        params: slugParamsSchema,
        response: { 200: z.array(subgroupSchema), ...problems },
      },
    },
    async (request) => subgroups.list(request.user ?? null, request.params.slug),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'createCommunitySubgroup',
        params: slugParamsSchema,
        body: subgroupInputSchema,
        response: { 201: subgroupSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await subgroups.create(
        requireUser(request),
        request.params.slug,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  r.put(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'updateCommunitySubgroup',
        params: subgroupParamsSchema,
        body: subgroupInputSchema,
        response: { 200: subgroupSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) =>
      subgroups.update(requireUser(request), request.params.slug, request.params.id, request.body),
  );

  r.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'deleteCommunitySubgroup',
        params: subgroupParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await subgroups.remove(requireUser(request), request.params.slug, request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.put(
    `${base}/:id/members/:userId`,
    {
      schema: {
        tags,
        operationId: 'addCommunitySubgroupMember',
        params: subgroupMemberParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { slug, id, userId } = request.params;
      await subgroups.addMember(requireUser(request), slug, id, userId);
      return reply.status(204).send(null);
    },
  );

  r.delete(
    `${base}/:id/members/:userId`,
    {
      schema: {
        tags,
        operationId: 'removeCommunitySubgroupMember',
        params: subgroupMemberParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { slug, id, userId } = request.params;
      await subgroups.removeMember(requireUser(request), slug, id, userId);
      return reply.status(204).send(null);
    },
  );
}
