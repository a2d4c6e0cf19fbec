/* global self, caches */
// Service worker of the kiosk (/borne/<token>), so a tablet keeps working without network.
// Registered by the kiosk page only, with scope /borne/. What it keeps:
// - the page itself (network first, the cached copy when offline; every /borne/ address is the
//   same single-page app, so any cached one serves another);
// - the built files under /assets/ (cache first: their names change with their content);
// - the kiosk's description GET /api/kiosk/<token> and its manifest (network first).
// Answers are never cached here: the page keeps them in IndexedDB until the server has them.
// The page sends, once this worker is active, the list of what it loaded before the worker
// existed (message "kiosk-cache"); the worker stores it and answers "kiosk-cached".

const CACHE = 'binome-kiosk-v1';
/** Any cached /borne/ page, used for a kiosk address never opened on this tablet. */
const SHELL = '/borne/';

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('binome-kiosk-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

const isAsset = (url) => url.pathname.startsWith('/assets/') || url.pathname === '/kiosk-icon.svg';
const isKioskApi = (url) => /^\/api\/kiosk\/[A-Za-z0-9_-]+(\/manifest)?$/.test(url.pathname);
const isHtml = (response) => (response.headers.get('content-type') || '').includes('text/html');

/** The server answers client-side routes with the app's index.html; keep it as a plain 200. */
async function asShell(response) {
  const body = await response.blob();
  return new Response(body, { status: 200, headers: { 'content-type': 'text/html' } });
}

async function storePage(cache, url, response) {
  if (!isHtml(response)) return;
  const shell = await asShell(response);
  await cache.put(url, shell.clone());
  await cache.put(SHELL, shell);
}

async function page(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (isHtml(response)) await storePage(cache, request.url, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request.url)) || (await cache.match(SHELL));
    if (cached) return cached;
    throw error;
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function kioskApi(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // A retired kiosk (404) must not keep working from an old copy.
    if (response.ok) await cache.put(request, response.clone());
    else if (response.status === 404) await cache.delete(request);
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && url.pathname.startsWith('/borne/'))
    event.respondWith(page(request));
  else if (isAsset(url)) event.respondWith(asset(request));
  else if (isKioskApi(url)) event.respondWith(kioskApi(request));
});

/** Stores what the page loaded before this worker controlled it; drops outdated assets. */
async function cacheLoaded(urls) {
  const cache = await caches.open(CACHE);
  const wanted = new Set();
  for (const href of urls) {
    const url = new URL(href, self.location.origin);
    if (url.origin !== self.location.origin) continue;
    wanted.add(url.href);
    if (isAsset(url) && (await cache.match(url.href))) continue;
    const response = await fetch(url.href, { credentials: 'same-origin' });
    if (url.pathname.startsWith('/borne/')) await storePage(cache, url.href, response);
    else if (response.ok) await cache.put(url.href, response);
    else throw new Error(`${url.pathname}: ${response.status}`);
  }
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/assets/') && !wanted.has(url.href)) await cache.delete(request);
  }
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'kiosk-cache' || !Array.isArray(data.urls)) return;
  const port = event.ports && event.ports[0];
  event.waitUntil(
    cacheLoaded(data.urls.filter((u) => typeof u === 'string').slice(0, 200)).then(
      () => port && port.postMessage({ type: 'kiosk-cached', ok: true }),
      () => port && port.postMessage({ type: 'kiosk-cached', ok: false }),
    ),
  );
});
