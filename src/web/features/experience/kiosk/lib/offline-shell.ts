/// <reference types="vite/client" />
import { useEffect, useState } from 'react';

// Makes the kiosk work without network: registers the service worker (public/kiosk-sw.js,
// production builds only, /borne/ pages only) and gives it what this page loaded before the
// worker existed (the page, its built files, the kiosk's description), so that the next visit,
// or a reload, works offline. True once the worker confirms it has stored everything.

const WORKER_URL = '/kiosk-sw.js';
const SCOPE = '/borne/';

/** Same-origin addresses this page needs again to start without network. */
function loadedUrls(token: string): string[] {
  const urls = new Set([
    window.location.pathname,
    `/api/kiosk/${token}`,
    `/api/kiosk/${token}/manifest`,
    '/kiosk-icon.svg',
  ]);
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name);
    if (url.origin === window.location.origin && url.pathname.startsWith('/assets/'))
      urls.add(url.pathname);
  }
  return [...urls];
}

function askToStore(worker: ServiceWorker, urls: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ ok?: boolean }>) =>
      resolve(event.data.ok === true);
    worker.postMessage({ type: 'kiosk-cache', urls }, [channel.port2]);
  });
}

export function useOfflineReady(token: string, enabled: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!import.meta.env.PROD || !enabled || !('serviceWorker' in navigator)) return;
    if (!window.location.pathname.startsWith(SCOPE)) return;
    let cancelled = false;
    navigator.serviceWorker
      .register(WORKER_URL, { scope: SCOPE })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) =>
        registration.active ? askToStore(registration.active, loadedUrls(token)) : false,
      )
      .then((ok) => {
        if (!cancelled) setReady(ok);
      })
      .catch(() => undefined); // no worker (private mode…): the kiosk works while online
    return () => {
      cancelled = true;
    };
  }, [token, enabled]);
  return ready;
}

/** The kiosk's own manifest, so that "Add to home screen" opens this kiosk's address. */
export function useKioskManifest(token: string, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = `/api/kiosk/${encodeURIComponent(token)}/manifest`;
    const theme = document.createElement('meta');
    theme.name = 'theme-color';
    theme.content = '#0b5c76';
    document.head.append(link, theme);
    return () => {
      link.remove();
      theme.remove();
    };
  }, [token, enabled]);
}
