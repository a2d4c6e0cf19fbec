import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParamsSchema, problemSchema } from '../../../shared/schemas/common';
import {
  establishmentInputSchema,
  establishmentListQuerySchema,
  establishmentMemberSchema,
  establishmentPageSchema,
  establishmentSchema,
} from '../../../shared/schemas/establishments';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { EstablishmentsService } from './establishments.service';

export function registerEstablishmentRoutes(
  app: FastifyInstance,
  { establishments }: { establishments: EstablishmentsService },
) {
  const r = typed(app);
  const tags = ['establishments'];

  r.get(
    '/api/establishments',
    {
      schema: {
        tags,
        operationId: 'listEstablishments',
        querystring: establishmentListQuerySchema,
        response: { 200: establishmentPageSchema, ...problems },
      },
    },
    async (request) => {
      requireUser(request);
      return establishments.list(request.query);
    },
  );

  r.get(
    '/api/establishments/:id',
    {
      schema: {
        tags,
        operationId: 'getEstablishment',
        params: idParamsSchema,
        response: { 200: establishmentSchema, ...problems },
      },
    },
    async (request) => {
      requireUser(request);
      return establishments.get(request.params.id);
    },
  );

  r.post(
    '/api/establishments',
    {
      schema: {
        tags,
        operationId: 'createEstablishment',
        body: establishmentInputSchema,
        response: { 201: establishmentSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await establishments.create(requireUser(request), request.body);
      return reply.status(201).send(created);
    },
  );

  r.patch(
    '/api/establishments/:id',
    {
      schema: {
        tags,
        operationId: 'updateEstablishment',
        params: idParamsSchema,
        body: establishmentInputSchema,
        response: { 200: establishmentSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) => establishments.update(requireUser(request), request.params.id, request.body),
  );

  r.delete(
    '/api/establishments/:id',
    {
      schema: {
        tags,
        operationId: 'deleteEstablishment',
        params: idParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await establishments.remove(requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/establishments/:id/members',
    {
      schema: {
        tags,
        operationId: 'listEstablishmentMembers',
        params: idParamsSchema,
        response: { 200: z.array(establishmentMemberSchema), ...problems },
      },
    },
    async (request) => establishments.members(requireUser(request), request.params.id),
  );
}
