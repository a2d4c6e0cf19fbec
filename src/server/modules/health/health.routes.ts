import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { typed } from '../../lib/route-helpers';

const healthSchema = z.object({
  status: z.enum(['ok', 'error']),
  database: z.enum(['ok', 'error']),
  driver: z.enum(['pglite', 'postgres']),
});

export function registerHealthRoutes(app: FastifyInstance, { database }: { database: Database }) {
  typed(app).get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        operationId: 'health',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (request, reply) => {
      try {
        await database.rows('select 1');
        return { status: 'ok' as const, database: 'ok' as const, driver: database.kind };
      } catch (err) {
        request.log.error({ err }, 'health check: database unreachable');
        return reply
          .status(503)
          .send({ status: 'error', database: 'error', driver: database.kind });
      }
    },
  );
}
