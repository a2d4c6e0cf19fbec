import type { FastifyInstance } from 'fastify';
import { problemSchema } from '../../../shared/schemas/common';
import {
  binomeInputSchema,
  binomeSummarySchema,
  candidatesQuerySchema,
  candidatesSchema,
  facilitationSchema,
  workshopBinomeParamsSchema,
  workshopDetailSchema,
  workshopInputSchema,
  workshopListQuerySchema,
  workshopPageSchema,
  workshopParamsSchema,
} from '../../../shared/schemas/partnership';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { WorkshopsService } from './workshops.service';

/** Partnership workshops: facilitators (administrators, pilots) create and run them. */
export function registerWorkshopRoutes(
  app: FastifyInstance,
  { workshops }: { workshops: WorkshopsService },
) {
  const r = typed(app);
  const tags = ['partnership'];
  const base = '/api/partnership/workshops';

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listPartnershipWorkshops',
        querystring: workshopListQuerySchema,
        response: { 200: workshopPageSchema, ...problems },
      },
    },
    async (request) => workshops.list(requireUser(request), request.query),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'createPartnershipWorkshop',
        body: workshopInputSchema,
        response: { 201: workshopDetailSchema, ...problems },
      },
    },
    async (request, reply) => {
      const created = await workshops.create(requireUser(request), request.body);
      return reply.status(201).send(created);
    },
  );

  r.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'getPartnershipWorkshop',
        params: workshopParamsSchema,
        response: { 200: workshopDetailSchema, ...problems },
      },
    },
    async (request) => workshops.get(requireUser(request), request.params.id),
  );

  r.put(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'updatePartnershipWorkshop',
        params: workshopParamsSchema,
        body: workshopInputSchema,
        response: { 200: workshopDetailSchema, ...problems },
      },
    },
    async (request) => workshops.update(requireUser(request), request.params.id, request.body),
  );

  r.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'deletePartnershipWorkshop',
        params: workshopParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await workshops.remove(requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  for (const [step, operationId] of [
    ['reveal', 'revealPartnershipWorkshop'],
    ['close', 'closePartnershipWorkshop'],
    ['reopen', 'reopenPartnershipWorkshop'],
  ] as const) {
    r.post(
      `${base}/:id/${step}`,
      {
        schema: {
          tags,
          operationId,
          params: workshopParamsSchema,
          response: { 200: workshopDetailSchema, ...problems },
        },
      },
      async (request) => workshops[step](requireUser(request), request.params.id),
    );
  }

  r.get(
    `${base}/:id/candidates`,
    {
      schema: {
        tags,
        operationId: 'listPartnershipCandidates',
        params: workshopParamsSchema,
        querystring: candidatesQuerySchema,
        response: { 200: candidatesSchema, ...problems },
      },
    },
    async (request) =>
      workshops.candidates(requireUser(request), request.params.id, request.query.establishmentId),
  );

  r.post(
    `${base}/:id/binomes`,
    {
      schema: {
        tags,
        operationId: 'registerPartnershipBinome',
        params: workshopParamsSchema,
        body: binomeInputSchema,
        response: { 201: binomeSummarySchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await workshops.registerBinome(
        requireUser(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  r.delete(
    `${base}/:id/binomes/:binomeId`,
    {
      schema: {
        tags,
        operationId: 'removePartnershipBinome',
        params: workshopBinomeParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { id, binomeId } = request.params;
      await workshops.removeBinome(requireUser(request), id, binomeId);
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${base}/:id/facilitation`,
    {
      schema: {
        tags,
        operationId: 'getPartnershipFacilitation',
        params: workshopParamsSchema,
        response: { 200: facilitationSchema, ...problems },
      },
    },
    async (request) => workshops.facilitation(requireUser(request), request.params.id),
  );
}
