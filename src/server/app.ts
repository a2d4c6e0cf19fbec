import multipart from '@fastify/multipart';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { systemClock, type Clock } from './lib/clock';
import { wireModules } from './modules';
import type { JobRunner } from './modules/experience/jobs';
import errorHandler, { sendProblem } from './plugins/error-handler';
import session from './plugins/session';
import { resolveSessionSecret } from './secrets';

export interface AppOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Directory of the built SPA; served with an index.html fallback when it exists. */
  webDir?: string;
  logger?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // Never log personal data: no bodies, no cookies, no query strings with tokens.
            serializers: {
              req: (req) => ({ method: req.method, url: req.url.split('?')[0], reqId: req.id }),
            },
            redact: ['req.headers.cookie', 'req.headers.authorization'],
          },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const secret = await resolveSessionSecret(config, database.db);
  const services = wireModules({
    config,
    database,
    secret,
    clock: options.clock ?? systemClock,
    // Never the message: a failed statement's message lists its values, which can be comments.
    onJobError: (error) => app.log.error({ job: jobErrorSummary(error) }, 'background job failed'),
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    hsts: config.cookieSecure,
  });
  await app.register(cookie);
  // Document uploads: one file per request, streamed up to MAX_UPLOAD_MB.
  await app.register(multipart, {
    limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5, fieldSize: 10_000 },
  });
  await app.register(rateLimit, { global: false });
  await app.register(errorHandler);
  await app.register(session, { config, auth: services.auth, secret });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Binôme API',
        version: '0.1.0',
        description:
          'API de Binôme. Authentification par cookie de session ; toute requête qui modifie des données envoie l’en-tête x-csrf-token (valeur du cookie binome_csrf, obtenue par GET /api/auth/session). Erreurs au format application/problem+json, dans la langue de l’en-tête Accept-Language (fr par défaut, en).',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
    // The Swagger UI page needs inline scripts, so it gets its own relaxed CSP.
    staticCSP: false,
    transformStaticCSP: (header) => header,
  });

  await app.register(async (api) => services.registerRoutes(api));

  const webDir = options.webDir;
  const serveSpa = Boolean(webDir && existsSync(path.join(webDir, 'index.html')));
  if (serveSpa && webDir) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
    app.get('/', (_request, reply) => reply.type('text/html').sendFile('index.html'));
  }
  // Client-side routes fall back to the SPA's index.html; unknown /api paths stay problem+json.
  app.setNotFoundHandler((request, reply) => {
    if (serveSpa && request.method === 'GET' && !request.url.startsWith('/api')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(request, reply, 404, 'notFound');
  });

  app.decorate('jobs', services.jobs);
  app.addHook('onClose', async () => services.stop());
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Background jobs (patient experience): `drain()` runs them to the end (tests, demo seed). */
    jobs: JobRunner;
  }
}

/** What a background job's failure may show in the logs: its kind and database error code. */
function jobErrorSummary(error: unknown): { name: string; code?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  return { name: error.name, ...(typeof code === 'string' ? { code } : {}) };
}
