import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LANGUAGES } from '../../../shared/enums';
import { problemSchema } from '../../../shared/schemas/common';
import {
  actionInputSchema,
  actionParamsSchema,
  actionSchema,
  binomeDetailSchema,
  binomeHistorySchema,
  binomeParamsSchema,
  expectationsInputSchema,
  positionInputSchema,
  positionParamsSchema,
  ratingsInputSchema,
  storyInputSchema,
  storyParamsSchema,
  storySchema,
} from '../../../shared/schemas/partnership';
import { requireUser } from '../../lib/authz';
import { languageFromHeader } from '../../lib/language';
import { noContent, problems, typed } from '../../lib/route-helpers';
import { renderBinomePdf } from './binome-pdf';
import type { BinomesService } from './binomes.service';

/** A binôme's own space: its two members only (404 for anybody else). */
export function registerBinomeRoutes(
  app: FastifyInstance,
  { binomes }: { binomes: BinomesService },
) {
  const r = typed(app);
  const tags = ['partnership'];
  const base = '/api/partnership/binomes/:id';
  const writeProblems = { ...problems, 409: problemSchema };

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'getPartnershipBinome',
        params: binomeParamsSchema,
        response: { 200: binomeDetailSchema, ...problems },
      },
    },
    async (request) => binomes.detail(requireUser(request), request.params.id),
  );

  r.put(
    `${base}/expectations`,
    {
      schema: {
        tags,
        operationId: 'savePartnershipExpectations',
        params: binomeParamsSchema,
        body: expectationsInputSchema,
        response: { 200: binomeDetailSchema, ...writeProblems },
      },
    },
    async (request) =>
      binomes.saveExpectations(requireUser(request), request.params.id, request.body),
  );

  r.put(
    `${base}/ratings`,
    {
      schema: {
        tags,
        operationId: 'savePartnershipRatings',
        params: binomeParamsSchema,
        body: ratingsInputSchema,
        response: { 200: binomeDetailSchema, ...writeProblems },
      },
    },
    async (request) => binomes.saveRatings(requireUser(request), request.params.id, request.body),
  );

  r.put(
    `${base}/positions/:domainId`,
    {
      schema: {
        tags,
        operationId: 'savePartnershipPosition',
        params: positionParamsSchema,
        body: positionInputSchema,
        response: { 200: binomeDetailSchema, ...writeProblems },
      },
    },
    async (request) => {
      const { id, domainId } = request.params;
      return binomes.savePosition(requireUser(request), id, domainId, request.body);
    },
  );

  r.post(
    `${base}/stories`,
    {
      schema: {
        tags,
        operationId: 'createPartnershipStory',
        params: binomeParamsSchema,
        body: storyInputSchema,
        response: { 201: storySchema, ...writeProblems },
      },
    },
    async (request, reply) => {
      const created = await binomes.addStory(requireUser(request), request.params.id, request.body);
      return reply.status(201).send(created);
    },
  );

  r.delete(
    `${base}/stories/:storyId`,
    {
      schema: {
        tags,
        operationId: 'deletePartnershipStory',
        params: storyParamsSchema,
        response: { 204: noContent, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { id, storyId } = request.params;
      await binomes.removeStory(requireUser(request), id, storyId);
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/actions`,
    {
      schema: {
        tags,
        operationId: 'createPartnershipAction',
        params: binomeParamsSchema,
        body: actionInputSchema,
        response: { 201: actionSchema, ...writeProblems },
      },
    },
    async (request, reply) => {
      const created = await binomes.addAction(
        requireUser(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  r.put(
    `${base}/actions/:actionId`,
    {
      schema: {
        tags,
        operationId: 'updatePartnershipAction',
        params: actionParamsSchema,
        body: actionInputSchema,
        response: { 200: actionSchema, ...writeProblems },
      },
    },
    async (request) => {
      const { id, actionId } = request.params;
      return binomes.updateAction(requireUser(request), id, actionId, request.body);
    },
  );

  r.delete(
    `${base}/actions/:actionId`,
    {
      schema: {
        tags,
        operationId: 'deletePartnershipAction',
        params: actionParamsSchema,
        response: { 204: noContent, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { id, actionId } = request.params;
      await binomes.removeAction(requireUser(request), id, actionId);
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${base}/history`,
    {
      schema: {
        tags,
        operationId: 'getPartnershipBinomeHistory',
        params: binomeParamsSchema,
        response: { 200: binomeHistorySchema, ...problems },
      },
    },
    async (request) => binomes.history(requireUser(request), request.params.id),
  );

  // The binôme's sheet as an A4 PDF, for its members only (like the screen).
  r.get(
    `${base}/fiche.pdf`,
    {
      schema: {
        tags,
        operationId: 'downloadPartnershipBinomePdf',
        params: binomeParamsSchema,
        querystring: z.object({ lang: z.enum(LANGUAGES).optional() }),
        response: { 200: z.any().describe('application/pdf'), ...problems },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const [detail, history] = await Promise.all([
        binomes.detail(actor, request.params.id),
        binomes.history(actor, request.params.id),
      ]);
      const language =
        request.query.lang ??
        actor.language ??
        languageFromHeader(request.headers['accept-language']);
      const pdf = await renderBinomePdf(detail, history, language);
      const day = detail.workshop.startsAt.slice(0, 10);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="binome-${day}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}
