import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { problemSchema } from '../../../shared/schemas/common';
import {
  accountDeleteSchema,
  passwordChangeSchema,
  profileSchema,
  profileUpdateSchema,
} from '../../../shared/schemas/profile';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { ProfileService } from './profile.service';

export function registerProfileRoutes(
  app: FastifyInstance,
  { profile }: { profile: ProfileService },
) {
  const r = typed(app);
  const tags = ['profile'];

  r.get(
    '/api/me',
    { schema: { tags, operationId: 'getProfile', response: { 200: profileSchema, ...problems } } },
    async (request) => profile.get(requireUser(request)),
  );

  r.patch(
    '/api/me',
    {
      schema: {
        tags,
        operationId: 'updateProfile',
        body: profileUpdateSchema,
        response: { 200: profileSchema, ...problems },
      },
    },
    async (request) => profile.update(requireUser(request), request.body),
  );

  r.post(
    '/api/me/password',
    {
      schema: {
        tags,
        operationId: 'changePassword',
        body: passwordChangeSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await profile.changePassword(
        requireUser(request),
        request.body.currentPassword,
        request.body.newPassword,
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/me/export',
    {
      schema: {
        tags,
        operationId: 'exportPersonalData',
        response: { 200: z.record(z.string(), z.unknown()), ...problems },
      },
    },
    async (request, reply) => {
      const data = await profile.exportData(requireUser(request));
      reply.header('content-disposition', 'attachment; filename="binome-mes-donnees.json"');
      return data;
    },
  );

  r.delete(
    '/api/me',
    {
      schema: {
        tags,
        operationId: 'deleteAccount',
        body: accountDeleteSchema,
        response: { 204: noContent, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      await profile.deleteAccount(requireUser(request), request.body.password);
      app.sessionCookies.clearSession(reply);
      return reply.status(204).send(null);
    },
  );
}
