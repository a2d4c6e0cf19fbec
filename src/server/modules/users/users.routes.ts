import type { FastifyInstance } from 'fastify';
import { idParamsSchema, problemSchema } from '../../../shared/schemas/common';
import {
  membershipsUpdateSchema,
  roleChangeSchema,
  userListQuerySchema,
  userPageSchema,
  userSummarySchema,
} from '../../../shared/schemas/users';
import { requireUser } from '../../lib/authz';
import { problems, typed } from '../../lib/route-helpers';
import type { UsersService } from './users.service';

export function registerUserRoutes(app: FastifyInstance, { users }: { users: UsersService }) {
  const r = typed(app);
  const tags = ['users'];

  r.get(
    '/api/users',
    {
      schema: {
        tags,
        operationId: 'listUsers',
        querystring: userListQuerySchema,
        response: { 200: userPageSchema, ...problems },
      },
    },
    async (request) => users.list(requireUser(request), request.query),
  );

  r.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        operationId: 'getUser',
        params: idParamsSchema,
        response: { 200: userSummarySchema, ...problems },
      },
    },
    async (request) => users.get(requireUser(request), request.params.id),
  );

  r.patch(
    '/api/users/:id/role',
    {
      schema: {
        tags,
        operationId: 'changeUserRole',
        params: idParamsSchema,
        body: roleChangeSchema,
        response: { 200: userSummarySchema, ...problems, 409: problemSchema },
      },
    },
    async (request) =>
      users.changeRole(requireUser(request), request.params.id, request.body.platformRole),
  );

  r.put(
    '/api/users/:id/memberships',
    {
      schema: {
        tags,
        operationId: 'replaceUserMemberships',
        params: idParamsSchema,
        body: membershipsUpdateSchema,
        response: { 200: userSummarySchema, ...problems },
      },
    },
    async (request) =>
      users.replaceMemberships(requireUser(request), request.params.id, request.body.memberships),
  );
}
