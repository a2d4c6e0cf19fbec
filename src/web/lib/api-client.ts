import i18next from 'i18next';
import { ApiError } from './api-error';

const CSRF_COOKIE = 'binome_csrf';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let lastCsrfToken: string | null = null;

/** Remembers the token of the last `GET /api/auth/session` (used when the cookie is unreadable). */
export function rememberCsrfToken(token: string) {
  lastCsrfToken = token;
}

function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return lastCsrfToken;
}

export type QueryParams = Record<string, string | number | undefined | null>;

export function withQuery(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
}

/** Gets a CSRF token (and its cookie) from the session endpoint. */
async function refreshCsrfToken(): Promise<void> {
  const session = await api<{ csrfToken: string }>('/api/auth/session');
  rememberCsrfToken(session.csrfToken);
}

/** Calls the Binôme API; resolves with the JSON body (undefined for 204) or throws an ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  if (UNSAFE_METHODS.has(method) && !csrfToken()) await refreshCsrfToken();
  try {
    return await request<T>(path, method, options);
  } catch (error) {
    // The CSRF cookie may have been renewed by the server (e.g. after a restart): retry once.
    if (error instanceof ApiError && error.code === 'csrf' && !options.signal?.aborted) {
      await refreshCsrfToken();
      return request<T>(path, method, options);
    }
    throw error;
  }
}

async function request<T>(path: string, method: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18next.language || 'fr',
  };
  // FormData (file uploads) sets its own multipart Content-Type with the boundary.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) {
    const token = csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined
          ? undefined
          : isForm
            ? (options.body as FormData)
            : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network', title: i18next.t('problems.network') });
  }

  if (response.status === 204) return undefined as T;
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const body: unknown = isJson ? await response.json().catch(() => null) : null;
  if (response.ok) return body as T;

  if (body && typeof body === 'object' && 'title' in body && 'code' in body) {
    throw new ApiError({
      ...(body as ConstructorParameters<typeof ApiError>[0]),
      status: response.status,
    });
  }
  throw new ApiError({
    status: response.status,
    code: 'unexpected',
    title: i18next.t('problems.unexpected', { status: response.status }),
  });
}
