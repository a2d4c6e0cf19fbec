import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParamsSchema, problemSchema } from '../../../../shared/schemas/common';
import { establishmentQuerySchema } from '../../../../shared/schemas/experience/common';
import {
  kioskAnswerResultSchema,
  kioskAnswerSchema,
  kioskInputSchema,
  kioskListSchema,
  kioskPublicSchema,
  kioskSchema,
  kioskTokenParamsSchema,
} from '../../../../shared/schemas/experience/kiosk';
import { requireUser } from '../../../lib/authz';
import { noContent, problems, typed } from '../../../lib/route-helpers';
import type { KioskService } from './kiosk.service';

/**
 * The public routes are opened by tablets without an account (the token in the address is the
 * key), so they skip CSRF (see plugins/session.ts) and are rate-limited per address: enough for
 * several kiosks behind one hospital gateway flushing their queues, not for a flood.
 */
const publicRateLimit = { rateLimit: { max: 120, timeWindow: '1 minute' } };

/** The web app manifest of one kiosk, so that "Add to home screen" opens its own address. */
function kioskManifest(token: string, establishmentName: string) {
  return {
    name: 'Binôme – Borne',
    short_name: 'Borne',
    description: establishmentName,
    lang: 'fr',
    start_url: `/borne/${token}`,
    scope: '/borne/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5c76',
    icons: [{ src: '/kiosk-icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}

export function registerKioskRoutes(app: FastifyInstance, { kiosks }: { kiosks: KioskService }) {
  const r = typed(app);
  const tags = ['experience'];
  const base = '/api/experience/kiosks';

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listExperienceKiosks',
        querystring: establishmentQuerySchema,
        response: { 200: kioskListSchema, ...problems },
      },
    },
    async (request) => kiosks.list(requireUser(request), request.query.establishmentId),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'createExperienceKiosk',
        body: kioskInputSchema,
        response: { 201: kioskSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await kiosks.create(requireUser(request), request.body)),
  );

  r.post(
    `${base}/:id/token`,
    {
      schema: {
        tags,
        operationId: 'renewExperienceKioskToken',
        params: idParamsSchema,
        response: { 200: kioskSchema, ...problems },
      },
    },
    async (request) => kiosks.renewToken(requireUser(request), request.params.id),
  );

  r.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'retireExperienceKiosk',
        params: idParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await kiosks.retire(requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/kiosk/:token',
    {
      config: publicRateLimit,
      schema: {
        tags,
        operationId: 'getKiosk',
        params: kioskTokenParamsSchema,
        response: { 200: kioskPublicSchema, ...problems, 429: problemSchema },
      },
    },
    async (request) => kiosks.publicView(request.params.token),
  );

  r.get(
    '/api/kiosk/:token/manifest',
    {
      config: publicRateLimit,
      schema: {
        tags,
        operationId: 'getKioskManifest',
        params: kioskTokenParamsSchema,
        response: { 200: z.record(z.string(), z.unknown()), ...problems, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      const kiosk = await kiosks.publicView(token);
      return reply
        .type('application/manifest+json')
        .send(kioskManifest(token, kiosk.establishmentName));
    },
  );

  r.post(
    '/api/kiosk/:token/answers',
    {
      config: publicRateLimit,
      schema: {
        tags,
        operationId: 'answerKiosk',
        params: kioskTokenParamsSchema,
        body: kioskAnswerSchema,
        response: {
          200: kioskAnswerResultSchema,
          201: kioskAnswerResultSchema,
          ...problems,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const created = await kiosks.answer(request.params.token, request.body);
      return reply.status(created ? 201 : 200).send({ created });
    },
  );
}
