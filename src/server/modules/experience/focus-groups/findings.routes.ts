import type { FastifyInstance } from 'fastify';
import {
  actionParamsSchema,
  experienceActionInputSchema,
  experienceActionPatchSchema,
  experienceActionSchema,
  findingInputSchema,
  findingParamsSchema,
  findingSchema,
  focusGroupParamsSchema,
  themeFindingListSchema,
  themeFindingsQuerySchema,
} from '../../../../shared/schemas/experience';
import { requireUser } from '../../../lib/authz';
import { noContent, problems, typed } from '../../../lib/route-helpers';
import type { FindingsService } from './findings.service';
import { FOCUS_GROUPS } from './focus-groups.routes';

const tags = ['experience'];

/** A session's findings and the actions decided from them; findings per theme for the dashboard. */
export function registerFindingRoutes(
  app: FastifyInstance,
  { findings }: { findings: FindingsService },
) {
  const r = typed(app);
  const base = `${FOCUS_GROUPS}/:id/findings`;

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'addExperienceFinding',
        params: focusGroupParamsSchema,
        body: findingInputSchema,
        response: { 201: findingSchema, ...problems },
      },
    },
    async (request, reply) => {
      const created = await findings.addFinding(
        requireUser(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  r.put(
    `${base}/:findingId`,
    {
      schema: {
        tags,
        operationId: 'updateExperienceFinding',
        params: findingParamsSchema,
        body: findingInputSchema,
        response: { 200: findingSchema, ...problems },
      },
    },
    async (request) => {
      const { id, findingId } = request.params;
      return findings.updateFinding(requireUser(request), id, findingId, request.body);
    },
  );

  r.delete(
    `${base}/:findingId`,
    {
      schema: {
        tags,
        operationId: 'deleteExperienceFinding',
        params: findingParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { id, findingId } = request.params;
      await findings.removeFinding(requireUser(request), id, findingId);
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/:findingId/actions`,
    {
      schema: {
        tags,
        operationId: 'addExperienceFindingAction',
        params: findingParamsSchema,
        body: experienceActionInputSchema,
        response: { 201: experienceActionSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { id, findingId } = request.params;
      const created = await findings.addAction(requireUser(request), id, findingId, request.body);
      return reply.status(201).send(created);
    },
  );

  r.patch(
    `${FOCUS_GROUPS}/:id/actions/:actionId`,
    {
      schema: {
        tags,
        operationId: 'updateExperienceAction',
        params: actionParamsSchema,
        body: experienceActionPatchSchema,
        response: { 200: experienceActionSchema, ...problems },
      },
    },
    async (request) => {
      const { id, actionId } = request.params;
      return findings.updateAction(requireUser(request), id, actionId, request.body);
    },
  );

  r.delete(
    `${FOCUS_GROUPS}/:id/actions/:actionId`,
    {
      schema: {
        tags,
        operationId: 'deleteExperienceAction',
        params: actionParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { id, actionId } = request.params;
      await findings.removeAction(requireUser(request), id, actionId);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/experience/findings',
    {
      schema: {
        tags,
        operationId: 'listExperienceThemeFindings',
        querystring: themeFindingsQuerySchema,
        response: { 200: themeFindingListSchema, ...problems },
      },
    },
    async (request) => findings.themed(requireUser(request), request.query),
  );
}
