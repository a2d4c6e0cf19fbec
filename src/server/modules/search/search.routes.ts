import type { FastifyInstance } from 'fastify';
import { searchQuerySchema, searchResultsSchema } from '../../../shared/schemas/search';
import { problems, typed } from '../../lib/route-helpers';
import type { SearchService } from './search.service';

/** Full-text search (French configuration); each person finds only what they may read. */
export function registerSearchRoutes(app: FastifyInstance, { search }: { search: SearchService }) {
  typed(app).get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        operationId: 'search',
        querystring: searchQuerySchema,
        response: { 200: searchResultsSchema, ...problems },
      },
    },
    async (request) => search.search(request.user ?? null, request.query),
  );
}
