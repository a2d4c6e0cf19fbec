import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LANGUAGES } from '../../../shared/enums';
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
import type { Clock } from '../../lib/clock';
import { languageFromHeader } from '../../lib/language';
import { problems, typed } from '../../lib/route-helpers';
import type { CommunitiesService } from './communities.service';
import { renderCommunityPdf } from './community-pdf';

/**
 * Communities of practice. Reading is open to visitors for public communities (the page is
 * the structure's public web page); writing needs a pilot of the community or an admin.
 */
export function registerCommunityRoutes(
  app: FastifyInstance,
  {
    communities,
    publicUrl,
    clock,
  }: { communities: CommunitiesService; publicUrl: string; clock: Clock },
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

  // "Imprimer cette fiche": the page as an A4 PDF, with what this viewer may see of it.
  r.get(
    '/api/communities/:slug/fiche.pdf',
    {
      schema: {
        tags,
        operationId: 'downloadCommunityPdf',
        params: slugParamsSchema,
        querystring: z.object({ lang: z.enum(LANGUAGES).optional() }),
        response: { 200: z.any().describe('application/pdf'), ...problems },
      },
    },
    async (request, reply) => {
      const page = await communities.get(request.user ?? null, request.params.slug);
      const language =
        request.query.lang ??
        request.user?.language ??
        languageFromHeader(request.headers['accept-language']);
      const pdf = await renderCommunityPdf(page, {
        language,
        pageUrl: `${publicUrl}/communautes/${page.slug}`,
        generatedAt: clock.now(),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${page.slug}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}
