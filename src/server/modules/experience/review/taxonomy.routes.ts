import type { FastifyInstance } from 'fastify';
import { problemSchema } from '../../../../shared/schemas/common';
import {
  themeCreateSchema,
  themeListSchema,
  themeMergeSchema,
  themeParamsSchema,
  themeRetireSchema,
  themeSchema,
  themeUpdateSchema,
} from '../../../../shared/schemas/experience';
import { requireUser } from '../../../lib/authz';
import { problems, typed } from '../../../lib/route-helpers';
import type { TaxonomyService } from './taxonomy.service';

/** The taxonomy of themes: read by everyone signed in, edited by administrators. */
export function registerTaxonomyRoutes(app: FastifyInstance, taxonomy: TaxonomyService) {
  const r = typed(app);
  const tags = ['experience'];
  const base = '/api/experience/themes';

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listExperienceThemes',
        response: { 200: themeListSchema, ...problems },
      },
    },
    async (request) => {
      requireUser(request);
      return taxonomy.list();
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'createExperienceTheme',
        body: themeCreateSchema,
        response: { 201: themeSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await taxonomy.create(requireUser(request), request.body);
      return reply.status(201).send(created);
    },
  );

  r.patch(
    `${base}/:code`,
    {
      schema: {
        tags,
        operationId: 'updateExperienceTheme',
        params: themeParamsSchema,
        body: themeUpdateSchema,
        response: { 200: themeSchema, ...problems },
      },
    },
    async (request) => taxonomy.update(requireUser(request), request.params.code, request.body),
  );

  r.post(
    `${base}/:code/retire`,
    {
      schema: {
        tags,
        operationId: 'retireExperienceTheme',
        params: themeParamsSchema,
        body: themeRetireSchema,
        response: { 200: themeSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) =>
      taxonomy.setRetired(requireUser(request), request.params.code, request.body.retired),
  );

  r.post(
    `${base}/:code/merge`,
    {
      schema: {
        tags,
        operationId: 'mergeExperienceTheme',
        params: themeParamsSchema,
        body: themeMergeSchema,
        response: { 200: themeSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) => taxonomy.merge(requireUser(request), request.params.code, request.body.into),
  );
}
