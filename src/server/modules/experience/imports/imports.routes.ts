import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import {
  establishmentQuerySchema,
  fileSourceListSchema,
  IMPORT_MAX_BYTES,
  importListQuerySchema,
  importPageSchema,
  importPreviewSchema,
  importReportSchema,
  importSchema,
  importStartSchema,
} from '../../../../shared/schemas/experience';
import { idParamsSchema } from '../../../../shared/schemas/common';
import { requireUser } from '../../../lib/authz';
import { AppError } from '../../../lib/errors';
import { noContent, problems, typed } from '../../../lib/route-helpers';
import type { ImportsService } from './imports.service';

const missingFile = () =>
  new AppError(400, 'validation', {}, [{ path: 'file', key: 'problem.fileMissing' }]);

const fieldValue = (part: MultipartFile, name: string) => {
  const value = part.fields[name];
  return value && !Array.isArray(value) && value.type === 'field' ? String(value.value) : undefined;
};

/** Patient-experience imports: upload, preview and mapping, start, follow-up, report. */
export function registerImportRoutes(
  app: FastifyInstance,
  { imports }: { imports: ImportsService },
) {
  const r = typed(app);
  const tags = ['experience'];
  const base = '/api/experience/imports';

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'uploadExperienceImport',
        description:
          'multipart/form-data: fields `establishmentId` and `sourceId` or `sourceName`, then `file` (CSV or XLSX). Answers the preview used to map the columns.',
        consumes: ['multipart/form-data'],
        response: { 201: importPreviewSchema, ...problems, 413: problems[400] },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      let part: MultipartFile | undefined;
      try {
        // The file streams to disk: a larger limit than for documents.
        part = await request.file({ limits: { fileSize: IMPORT_MAX_BYTES } });
      } catch {
        throw missingFile();
      }
      if (!part) throw missingFile();
      const file = part;
      const preview = await imports.upload(actor, {
        fields: {
          establishmentId: fieldValue(file, 'establishmentId'),
          sourceId: fieldValue(file, 'sourceId') || undefined,
          sourceName: fieldValue(file, 'sourceName') || undefined,
        },
        fileName: file.filename,
        file: file.file,
      });
      return reply.status(201).send(preview);
    },
  );

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listExperienceImports',
        querystring: importListQuerySchema,
        response: { 200: importPageSchema, ...problems },
      },
    },
    async (request) => imports.list(requireUser(request), request.query),
  );

  r.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'getExperienceImport',
        description: 'The import; while it waits for its mapping, the columns and first rows.',
        params: idParamsSchema,
        response: { 200: importPreviewSchema, ...problems },
      },
    },
    async (request) => imports.preview(requireUser(request), request.params.id),
  );

  r.get(
    `${base}/:id/report`,
    {
      schema: {
        tags,
        operationId: 'getExperienceImportReport',
        params: idParamsSchema,
        response: { 200: importReportSchema, ...problems },
      },
    },
    async (request) => imports.report(requireUser(request), request.params.id),
  );

  r.post(
    `${base}/:id/start`,
    {
      schema: {
        tags,
        operationId: 'startExperienceImport',
        params: idParamsSchema,
        body: importStartSchema,
        response: { 202: importSchema, ...problems, 409: problems[400] },
      },
    },
    async (request, reply) => {
      const started = await imports.start(requireUser(request), request.params.id, request.body);
      return reply.status(202).send(started);
    },
  );

  r.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'cancelExperienceImport',
        description: 'Cancels an import that waits for its mapping (the file is removed).',
        params: idParamsSchema,
        response: { 204: noContent, ...problems, 409: problems[400] },
      },
    },
    async (request, reply) => {
      await imports.cancel(requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/experience/sources',
    {
      schema: {
        tags,
        operationId: 'listExperienceFileSources',
        querystring: establishmentQuerySchema,
        response: { 200: fileSourceListSchema, ...problems },
      },
    },
    async (request) => imports.sources(requireUser(request), request.query.establishmentId),
  );
}
