import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LANGUAGES } from '../../../shared/enums';
import { resultsQuerySchema, resultsSchema } from '../../../shared/schemas/partnership';
import { requireUser } from '../../lib/authz';
import { languageFromHeader } from '../../lib/language';
import { problems, typed } from '../../lib/route-helpers';
import { resultsToCsv } from './results-csv';
import type { ResultsService } from './results.service';

/** Aggregated results (administrators, pilots, observers), on screen and as CSV. */
export function registerResultsRoutes(
  app: FastifyInstance,
  { results }: { results: ResultsService },
) {
  const r = typed(app);
  const tags = ['partnership'];

  r.get(
    '/api/partnership/results',
    {
      schema: {
        tags,
        operationId: 'getPartnershipResults',
        querystring: resultsQuerySchema,
        response: { 200: resultsSchema, ...problems },
      },
    },
    async (request) => results.results(requireUser(request), request.query),
  );

  r.get(
    '/api/partnership/results.csv',
    {
      schema: {
        tags,
        operationId: 'downloadPartnershipResultsCsv',
        querystring: resultsQuerySchema.extend({ lang: z.enum(LANGUAGES).optional() }),
        response: { 200: z.any().describe('text/csv'), ...problems },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const { lang, ...query } = request.query;
      const language =
        lang ?? actor.language ?? languageFromHeader(request.headers['accept-language']);
      const csv = resultsToCsv(await results.results(actor, query), language);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="resultats-partenariat.csv"')
        .header('cache-control', 'private, no-store')
        .send(csv);
    },
  );
}
