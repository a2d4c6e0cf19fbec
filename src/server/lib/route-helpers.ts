import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../shared/schemas/common';

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

/** Documents the problem+json answers a route may give (OpenAPI only). */
export const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
} as const;

export const noContent = z.null().describe('No content');
