import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isErrorKey, translateError } from '../../shared/i18n/translate';
import type { Problem } from '../../shared/schemas/common';
import { AppError, type FieldError } from '../lib/errors';

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Maps a Zod issue to one of our i18n keys, keeping custom keys as they are. */
function fieldErrorFromIssue(item: ValidationItem): FieldError {
  const path = item.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const params = item.params ?? {};
  if (item.message && isErrorKey(item.message)) {
    return { path, key: item.message, params: numericParams(params) };
  }
  switch (item.keyword) {
    case 'too_big':
      return { path, key: 'validation.tooLong', params: numericParams(params) };
    case 'too_small':
      return params.minimum === 1 && params.origin === 'string'
        ? { path, key: 'validation.required' }
        : { path, key: 'validation.tooShort', params: numericParams(params) };
    case 'invalid_type':
      return {
        path,
        key: params.input === undefined ? 'validation.required' : 'validation.invalid',
      };
    case 'invalid_value':
      return { path, key: 'validation.choose' };
    case 'invalid_format':
      return { path, key: params.format === 'email' ? 'validation.email' : 'validation.invalid' };
    default:
      return { path, key: 'validation.invalid' };
  }
}

function numericParams(params: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of ['minimum', 'maximum'] as const) {
    const value = params[name];
    if (typeof value === 'number' || typeof value === 'bigint') out[name] = Number(value);
  }
  return out;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  params: Record<string, string | number> = {},
  fieldErrors: FieldError[] = [],
) {
  const lang = request.language;
  const body: Problem = {
    type: `https://binome.fr/problemes/${code}`,
    title: translateError(lang, `problem.${code}`, params),
    status,
    code,
  };
  if (fieldErrors.length > 0) {
    body.errors = fieldErrors.map((f) => ({
      path: f.path,
      message: translateError(lang, f.key, f.params),
    }));
    body.detail = body.errors.map((e) => e.message).join(' ');
  }
  return reply.status(status).type('application/problem+json').send(body);
}

async function errorHandlerPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.status, error.code, error.params, error.fieldErrors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = (error.validation as unknown as ValidationItem[]).map(fieldErrorFromIssue);
      return sendProblem(request, reply, 400, 'validation', {}, fields);
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return sendProblem(request, reply, 429, 'rateLimited');
    if (status === 413) return sendProblem(request, reply, 413, 'payloadTooLarge');
    if (status >= 400 && status < 500) return sendProblem(request, reply, status, 'badRequest');
    // 5xx: details stay in the log, tied to the request id; the client gets a generic message.
    request.log.error({ err: error, reqId: request.id }, 'unhandled error');
    return sendProblem(request, reply, 500, 'internal');
  });
}

export default fp(errorHandlerPlugin, { name: 'error-handler' });
