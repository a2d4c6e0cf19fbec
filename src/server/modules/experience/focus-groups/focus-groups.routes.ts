import type { FastifyInstance } from 'fastify';
import {
  establishmentQuerySchema,
  facilitatorCandidatesSchema,
  focusGroupDetailSchema,
  focusGroupInputSchema,
  focusGroupListQuerySchema,
  focusGroupPageSchema,
  focusGroupParamsSchema,
} from '../../../../shared/schemas/experience';
import { requireUser } from '../../../lib/authz';
import { noContent, problems, typed } from '../../../lib/route-helpers';
import type { FocusGroupsService } from './focus-groups.service';

export const FOCUS_GROUPS = '/api/experience/focus-groups';
const tags = ['experience'];

/** Focus group sessions: planned by quality managers, completed by the two facilitators. */
export function registerFocusGroupRoutes(
  app: FastifyInstance,
  { groups }: { groups: FocusGroupsService },
) {
  const r = typed(app);

  r.get(
    FOCUS_GROUPS,
    {
      schema: {
        tags,
        operationId: 'listExperienceFocusGroups',
        querystring: focusGroupListQuerySchema,
        response: { 200: focusGroupPageSchema, ...problems },
      },
    },
    async (request) => groups.list(requireUser(request), request.query),
  );

  r.post(
    FOCUS_GROUPS,
    {
      schema: {
        tags,
        operationId: 'createExperienceFocusGroup',
        body: focusGroupInputSchema,
        response: { 201: focusGroupDetailSchema, ...problems },
      },
    },
    async (request, reply) => {
      const created = await groups.create(requireUser(request), request.body);
      return reply.status(201).send(created);
    },
  );

  r.get(
    `${FOCUS_GROUPS}/facilitators`,
    {
      schema: {
        tags,
        operationId: 'listExperienceFacilitators',
        querystring: establishmentQuerySchema,
        response: { 200: facilitatorCandidatesSchema, ...problems },
      },
    },
    async (request) => groups.facilitators(requireUser(request), request.query.establishmentId),
  );

  r.get(
    `${FOCUS_GROUPS}/:id`,
    {
      schema: {
        tags,
        operationId: 'getExperienceFocusGroup',
        params: focusGroupParamsSchema,
        response: { 200: focusGroupDetailSchema, ...problems },
      },
    },
    async (request) => groups.get(requireUser(request), request.params.id),
  );

  r.put(
    `${FOCUS_GROUPS}/:id`,
    {
      schema: {
        tags,
        operationId: 'updateExperienceFocusGroup',
        params: focusGroupParamsSchema,
        body: focusGroupInputSchema,
        response: { 200: focusGroupDetailSchema, ...problems },
      },
    },
    async (request) => groups.update(requireUser(request), request.params.id, request.body),
  );

  r.delete(
    `${FOCUS_GROUPS}/:id`,
    {
      schema: {
        tags,
        operationId: 'deleteExperienceFocusGroup',
        params: focusGroupParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await groups.remove(requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
