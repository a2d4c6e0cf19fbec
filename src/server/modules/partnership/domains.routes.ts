import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { problemSchema } from '../../../shared/schemas/common';
import {
  domainInputSchema,
  domainListQuerySchema,
  domainRetireSchema,
  domainSchema,
} from '../../../shared/schemas/partnership';
import { idParamsSchema } from '../../../shared/schemas/common';
import { requireUser } from '../../lib/authz';
import { problems, typed } from '../../lib/route-helpers';
import type { DomainsService } from './domains.service';

/** The grid of partnership domains; administrators edit it. */
export function registerDomainRoutes(
  app: FastifyInstance,
  { domains }: { domains: DomainsService },
) {
  const r = typed(app);
  const tags = ['partnership'];
  const base = '/api/partnership/domains';

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listPartnershipDomains',
        querystring: domainListQuerySchema,
        response: { 200: z.array(domainSchema), ...problems },
      },
    },
    async (request) => domains.list(requireUser(request), request.query.includeRetired),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'createPartnershipDomain',
        body: domainInputSchema,
        response: { 201: domainSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await domains.create(requireUser(request), request.body);
      return reply.status(201).send(created);
    },
  );

  r.put(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'updatePartnershipDomain',
        params: idParamsSchema,
        body: domainInputSchema,
        response: { 200: domainSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) => domains.update(requireUser(request), request.params.id, request.body),
  );

  r.post(
    `${base}/:id/retirement`,
    {
      schema: {
        tags,
        operationId: 'setPartnershipDomainRetirement',
        params: idParamsSchema,
        body: domainRetireSchema,
        response: { 200: domainSchema, ...problems },
      },
    },
    async (request) =>
      domains.setRetired(requireUser(request), request.params.id, request.body.retired),
  );
}
