import type { FastifyInstance } from 'fastify';
import { problemSchema } from '../../../../shared/schemas/common';
import {
  establishmentQuerySchema,
  modelParamsSchema,
  modelSchema,
  modelsOverviewSchema,
  reanalyseResultSchema,
} from '../../../../shared/schemas/experience';
import { requireUser } from '../../../lib/authz';
import { problems, typed } from '../../../lib/route-helpers';
import type { ModelsService } from './models.service';

/** The establishment's analysis models: history, retrain, re-analysis with the new model. */
export function registerModelsRoutes(app: FastifyInstance, models: ModelsService) {
  const r = typed(app);
  const tags = ['experience'];
  const base = '/api/experience/models';

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listExperienceModels',
        querystring: establishmentQuerySchema,
        response: { 200: modelsOverviewSchema, ...problems },
      },
    },
    async (request) => models.overview(requireUser(request), request.query.establishmentId),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'retrainExperienceModel',
        body: establishmentQuerySchema,
        response: { 202: modelSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const queued = await models.retrain(requireUser(request), request.body.establishmentId);
      return reply.status(202).send(queued);
    },
  );

  r.post(
    `${base}/:id/reanalyse`,
    {
      schema: {
        tags,
        operationId: 'reanalyseWithExperienceModel',
        params: modelParamsSchema,
        response: { 200: reanalyseResultSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) => models.reanalyse(requireUser(request), request.params.id),
  );
}
