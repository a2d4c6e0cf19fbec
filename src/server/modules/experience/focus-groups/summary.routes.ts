import type { FastifyInstance } from 'fastify';
import { problemSchema } from '../../../../shared/schemas/common';
import {
  llmStatusSchema,
  summaryRequestSchema,
  summarySchema,
} from '../../../../shared/schemas/experience';
import { requireUser } from '../../../lib/authz';
import { problems, typed } from '../../../lib/route-helpers';
import type { SummaryService } from './summary.service';

const tags = ['experience'];

/** Each summary costs the model's time: a few per minute and per person are plenty. */
const SUMMARIES_PER_MINUTE = 10;

/** The optional language-model summary of a selection of comments. */
export function registerSummaryRoutes(
  app: FastifyInstance,
  { summaries }: { summaries: SummaryService },
) {
  const r = typed(app);

  r.get(
    '/api/experience/summary/status',
    {
      schema: {
        tags,
        operationId: 'getExperienceSummaryStatus',
        response: { 200: llmStatusSchema, ...problems },
      },
    },
    async (request) => {
      requireUser(request);
      return summaries.status();
    },
  );

  r.post(
    '/api/experience/summary',
    {
      config: {
        rateLimit: {
          max: SUMMARIES_PER_MINUTE,
          timeWindow: '1 minute',
          hook: 'preHandler' as const,
          keyGenerator: (request: { ip: string; user?: { id: string } | null }) =>
            request.user?.id ?? request.ip,
        },
      },
      schema: {
        tags,
        operationId: 'summariseExperienceComments',
        body: summaryRequestSchema,
        response: { 200: summarySchema, ...problems, 429: problemSchema, 502: problemSchema },
      },
    },
    async (request) => summaries.summarise(requireUser(request), request.body),
  );
}
