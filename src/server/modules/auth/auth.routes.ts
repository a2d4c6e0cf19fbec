import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  loginBodySchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  sessionResponseSchema,
} from '../../../shared/schemas/auth';
import { problemSchema } from '../../../shared/schemas/common';
import type { Config } from '../../config';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { AuthService } from './auth.service';

export function registerAuthRoutes(
  app: FastifyInstance,
  { auth, config }: { auth: AuthService; config: Config },
) {
  const r = typed(app);
  const tags = ['auth'];
  // Brute force on one account from one address is cut by this limit; spread attempts by the
  // account lock-out kept in the database (shared by every app instance).
  const loginRateLimit = {
    rateLimit: {
      max: config.login.rateLimitPerMinute,
      timeWindow: '1 minute',
      hook: 'preHandler' as const,
      keyGenerator: (request: { ip: string; body?: unknown }) => {
        const email = (request.body as { email?: unknown } | undefined)?.email;
        return `${request.ip}:${typeof email === 'string' ? email.toLowerCase() : ''}`;
      },
    },
  };

  r.get(
    '/api/auth/session',
    { schema: { tags, operationId: 'getSession', response: { 200: sessionResponseSchema } } },
    async (request, reply) => ({
      user: request.user,
      csrfToken: app.sessionCookies.csrfFor(request, reply),
    }),
  );

  r.post(
    '/api/auth/login',
    {
      config: loginRateLimit,
      schema: {
        tags,
        operationId: 'login',
        body: loginBodySchema,
        response: {
          200: sessionResponseSchema,
          ...problems,
          423: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { token, user } = await auth.login(request.body.email, request.body.password);
      app.sessionCookies.setSession(reply, token);
      return { user, csrfToken: app.sessionCookies.csrfFor(request, reply) };
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags, operationId: 'logout', response: { 204: noContent, ...problems } } },
    async (request, reply) => {
      const user = requireUser(request);
      if (request.sessionToken) await auth.logout(request.sessionToken, user.id);
      app.sessionCookies.clearSession(reply);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/password-reset/request',
    {
      config: loginRateLimit,
      schema: {
        tags,
        operationId: 'requestPasswordReset',
        body: passwordResetRequestSchema,
        response: { 202: z.object({ accepted: z.literal(true) }), ...problems, 429: problemSchema },
      },
    },
    async (request, reply) => {
      await auth.requestPasswordReset(request.body.email, request.language);
      return reply.status(202).send({ accepted: true as const });
    },
  );

  r.post(
    '/api/auth/password-reset/confirm',
    {
      schema: {
        tags,
        operationId: 'confirmPasswordReset',
        body: passwordResetConfirmSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await auth.confirmPasswordReset(request.body.token, request.body.password);
      return reply.status(204).send(null);
    },
  );
}
