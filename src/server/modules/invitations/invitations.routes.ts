import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  invitationAcceptSchema,
  invitationCreateSchema,
  invitationPreviewSchema,
  invitationSchema,
  sessionResponseSchema,
} from '../../../shared/schemas/auth';
import {
  idParamsSchema,
  pageQuerySchema,
  paginated,
  problemSchema,
} from '../../../shared/schemas/common';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { InvitationsService } from './invitations.service';

export function registerInvitationRoutes(
  app: FastifyInstance,
  { invitations }: { invitations: InvitationsService },
) {
  const r = typed(app);
  const tags = ['invitations'];

  r.post(
    '/api/invitations',
    {
      schema: {
        tags,
        operationId: 'createInvitation',
        body: invitationCreateSchema,
        response: { 201: invitationSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await invitations.create(
        requireUser(request),
        request.body,
        request.language,
      );
      return reply.status(201).send(created);
    },
  );

  r.get(
    '/api/invitations',
    {
      schema: {
        tags,
        operationId: 'listInvitations',
        querystring: pageQuerySchema,
        response: { 200: paginated(invitationSchema), ...problems },
      },
    },
    async (request) =>
      invitations.list(requireUser(request), request.query.page, request.query.pageSize),
  );

  r.delete(
    '/api/invitations/:id',
    {
      schema: {
        tags,
        operationId: 'revokeInvitation',
        params: idParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await invitations.revoke(requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/auth/invitations/:token',
    {
      schema: {
        tags,
        operationId: 'previewInvitation',
        params: z.object({ token: z.string().min(20).max(200) }),
        response: { 200: invitationPreviewSchema, ...problems },
      },
    },
    async (request) => invitations.preview(request.params.token),
  );

  r.post(
    '/api/auth/invitations/accept',
    {
      schema: {
        tags,
        operationId: 'acceptInvitation',
        body: invitationAcceptSchema,
        response: { 200: sessionResponseSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const { token, user } = await invitations.accept(request.body);
      app.sessionCookies.setSession(reply, token);
      return { user, csrfToken: app.sessionCookies.csrfFor(request, reply) };
    },
  );
}
