import type { FastifyInstance } from 'fastify';
import { slugParamsSchema } from '../../../shared/schemas/communities';
import {
  reportAttachmentInputSchema,
  reportAttachmentParamsSchema,
  reportInputSchema,
  reportListQuerySchema,
  reportListSchema,
  reportParamsSchema,
  reportSchema,
  reportVisibilityInputSchema,
} from '../../../shared/schemas/community-reports';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { ReportsService } from './reports.service';

/**
 * Experience reports. Reading is open to visitors for the published reports of public
 * communities; writing needs membership (and authorship, or piloting, to change a report).
 */
export function registerReportRoutes(
  app: FastifyInstance,
  { reports }: { reports: ReportsService },
) {
  const r = typed(app);
  const tags = ['communities'];
  const base = '/api/communities/:slug/reports';

  r.get(
    '/api/reports',
    {
      schema: {
        tags,
        operationId: 'listPublishedReports',
        querystring: reportListQuerySchema,
        response: { 200: reportListSchema, ...problems },
      },
    },
    async (request) => reports.listPublished(request.query),
  );

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listCommunityReports',
        params: slugParamsSchema,
        querystring: reportListQuerySchema,
        response: { 200: reportListSchema, ...problems },
      },
    },
    async (request) => reports.list(request.user ?? null, request.params.slug, request.query),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'createCommunityReport',
        params: slugParamsSchema,
        body: reportInputSchema,
        response: { 201: reportSchema, ...problems },
      },
    },
    async (request, reply) => {
      const created = await reports.create(requireUser(request), request.params.slug, request.body);
      return reply.status(201).send(created);
    },
  );

  r.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'getCommunityReport',
        params: reportParamsSchema,
        response: { 200: reportSchema, ...problems },
      },
    },
    async (request) => reports.get(request.user ?? null, request.params.slug, request.params.id),
  );

  r.put(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'updateCommunityReport',
        params: reportParamsSchema,
        body: reportInputSchema,
        response: { 200: reportSchema, ...problems },
      },
    },
    async (request) => {
      const { slug, id } = request.params;
      return reports.update(requireUser(request), slug, id, request.body);
    },
  );

  r.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'deleteCommunityReport',
        params: reportParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      await reports.remove(requireUser(request), slug, id);
      return reply.status(204).send(null);
    },
  );

  r.put(
    `${base}/:id/visibility`,
    {
      schema: {
        tags,
        operationId: 'setCommunityReportVisibility',
        params: reportParamsSchema,
        body: reportVisibilityInputSchema,
        response: { 200: reportSchema, ...problems },
      },
    },
    async (request) => {
      const { slug, id } = request.params;
      return reports.setVisibility(requireUser(request), slug, id, request.body.visibility);
    },
  );

  r.post(
    `${base}/:id/attachments`,
    {
      schema: {
        tags,
        operationId: 'attachCommunityReportDocument',
        params: reportParamsSchema,
        body: reportAttachmentInputSchema,
        response: { 200: reportSchema, ...problems },
      },
    },
    async (request) => {
      const { slug, id } = request.params;
      return reports.attach(requireUser(request), slug, id, request.body.documentId);
    },
  );

  r.delete(
    `${base}/:id/attachments/:documentId`,
    {
      schema: {
        tags,
        operationId: 'detachCommunityReportDocument',
        params: reportAttachmentParamsSchema,
        response: { 200: reportSchema, ...problems },
      },
    },
    async (request) => {
      const { slug, id, documentId } = request.params;
      return reports.detach(requireUser(request), slug, id, documentId);
    },
  );
}
