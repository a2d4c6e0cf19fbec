import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Language } from '../../shared/enums';
import type { SessionUser } from '../../shared/schemas/auth';
import type { Config } from '../config';
import { languageFromHeader } from '../lib/language';
import { csrfTools, safeEqual } from '../lib/tokens';
import type { AuthService } from '../modules/auth/auth.service';
import { sendProblem } from './error-handler';

declare module 'fastify' {
  interface FastifyRequest {
    language: Language;
    user: SessionUser | null;
    sessionToken: string | null;
  }
}

export const SESSION_COOKIE = 'binome_session';
export const CSRF_COOKIE = 'binome_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A kiosk's public routes (/api/kiosk/:token/…) are called by tablets without an account: the
 * secret token in the address is the only key, no cookie grants anything there, so there is
 * nothing for a forged cross-site request to borrow. The matched route is checked, not the raw URL.
 */
const isKioskRoute = (request: FastifyRequest) =>
  request.routeOptions.url?.startsWith('/api/kiosk/:token') === true;

interface SessionPluginOptions {
  config: Config;
  auth: AuthService;
  secret: string;
}

/**
 * Resolves the request's language and session user, and enforces CSRF protection on every
 * state-changing API request: a signed double-submit token (cookie `binome_csrf` echoed in the
 * `x-csrf-token` header), on top of SameSite cookies.
 */
async function sessionPlugin(app: FastifyInstance, { config, auth, secret }: SessionPluginOptions) {
  const csrf = csrfTools(secret);
  app.decorateRequest('language', 'fr');
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request, reply) => {
    request.language = languageFromHeader(request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;

    if (!SAFE_METHODS.has(request.method) && !isKioskRoute(request)) {
      const cookieToken = request.cookies[CSRF_COOKIE];
      const headerToken = request.headers[CSRF_HEADER];
      const valid =
        typeof headerToken === 'string' &&
        cookieToken !== undefined &&
        safeEqual(headerToken, cookieToken) &&
        csrf.verify(cookieToken);
      if (!valid) return sendProblem(request, reply, 403, 'csrf');
    }

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const user = await auth.resolveSession(token);
      if (user) {
        request.user = user;
        request.sessionToken = token;
      } else {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
  });

  app.decorate('sessionCookies', {
    /** Returns a valid CSRF token for this browser, setting the cookie when needed. */
    csrfFor(request, reply) {
      const current = request.cookies[CSRF_COOKIE];
      if (current && csrf.verify(current)) return current;
      const token = csrf.issue();
      reply.setCookie(CSRF_COOKIE, token, {
        path: '/',
        sameSite: 'strict',
        secure: config.cookieSecure,
        httpOnly: false,
      });
      return token;
    },
    setSession(reply, token) {
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        sameSite: 'lax',
        secure: config.cookieSecure,
        httpOnly: true,
        maxAge: config.sessionTtlHours * 3600,
      });
    },
    clearSession(reply) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    sessionCookies: {
      csrfFor(request: FastifyRequest, reply: FastifyReply): string;
      setSession(reply: FastifyReply, token: string): void;
      clearSession(reply: FastifyReply): void;
    };
  }
}

export default fp(sessionPlugin, { name: 'session', dependencies: ['error-handler'] });
