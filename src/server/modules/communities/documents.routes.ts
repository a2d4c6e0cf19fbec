import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { slugParamsSchema } from '../../../shared/schemas/communities';
import {
  documentDownloadQuerySchema,
  documentFieldsSchema,
  documentParamsSchema,
  documentSchema,
} from '../../../shared/schemas/community-documents';
import { requireUser } from '../../lib/authz';
import { AppError } from '../../lib/errors';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { DocumentsService } from './documents.service';

const missingFile = () =>
  new AppError(400, 'validation', {}, [{ path: 'file', key: 'problem.fileMissing' }]);

/** Reads the one file of a multipart request (fields must come before it) within the size limit. */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  let part: MultipartFile | undefined;
  try {
    part = await request.file();
  } catch {
    throw missingFile();
  }
  if (!part) throw missingFile();
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      const max = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
      throw new AppError(413, 'fileTooLarge', { max }, [
        { path: 'file', key: 'problem.fileTooLarge', params: { max } },
      ]);
    }
    throw error;
  }
  const field = (name: string) => {
    const value = part.fields[name];
    return value && !Array.isArray(value) && value.type === 'field'
      ? String(value.value)
      : undefined;
  };
  return { fileName: part.filename, content, field };
}

export function registerDocumentRoutes(
  app: FastifyInstance,
  { documents, maxUploadBytes }: { documents: DocumentsService; maxUploadBytes: number },
) {
  const r = typed(app);
  const tags = ['communities'];
  const base = '/api/communities/:slug/documents';

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listCommunityDocuments',
        params: slugParamsSchema,
        response: { 200: z.array(documentSchema), ...problems },
      },
    },
    async (request) => documents.list(request.user ?? null, request.params.slug),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        operationId: 'uploadCommunityDocument',
        description: 'multipart/form-data: fields `title` and `visibility`, then `file`.',
        consumes: ['multipart/form-data'],
        params: slugParamsSchema,
        response: { 201: documentSchema, ...problems, 413: problems[400], 415: problems[400] },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const upload = await readUpload(request, maxUploadBytes);
      const fields = documentFieldsSchema.safeParse({
        title: upload.field('title') ?? '',
        visibility: upload.field('visibility') ?? 'members',
      });
      if (!fields.success) {
        throw new AppError(
          400,
          'validation',
          {},
          fields.error.issues.map((i) => ({
            path: i.path.join('.'),
            key: i.message,
            params: 'maximum' in i ? { maximum: Number(i.maximum) } : undefined,
          })),
        );
      }
      const created = await documents.upload(actor, request.params.slug, fields.data, upload);
      return reply.status(201).send(created);
    },
  );

  r.post(
    `${base}/:id/versions`,
    {
      schema: {
        tags,
        operationId: 'addCommunityDocumentVersion',
        consumes: ['multipart/form-data'],
        params: documentParamsSchema,
        response: { 201: documentSchema, ...problems, 413: problems[400], 415: problems[400] },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const upload = await readUpload(request, maxUploadBytes);
      const { slug, id } = request.params;
      return reply.status(201).send(await documents.addVersion(actor, slug, id, upload));
    },
  );

  r.get(
    `${base}/:id/download`,
    {
      schema: {
        tags,
        operationId: 'downloadCommunityDocument',
        params: documentParamsSchema,
        querystring: documentDownloadQuerySchema,
        response: { 200: z.any().describe('the file'), ...problems },
      },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      const file = await documents.download(request.user ?? null, slug, id, request.query.version);
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_');
      return reply
        .type(file.mimeType)
        .header('content-length', file.size)
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.stream);
    },
  );

  r.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'deleteCommunityDocument',
        params: documentParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await documents.remove(requireUser(request), request.params.slug, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
