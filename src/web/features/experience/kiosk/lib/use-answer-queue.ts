import { useEffect, useSyncExternalStore } from 'react';
import { createAnswerQueue, type AnswerQueue } from './answer-queue';
import { lazyStore, openQueueStore } from './queue-stores';

/** Tries again this often while answers wait (besides the `online` event and each new answer). */
const RETRY_MS = 30_000;

let shared: AnswerQueue | null = null;

/** One queue per page, whatever the number of components (and StrictMode's double effects). */
function kioskQueue(): AnswerQueue {
  shared ??= createAnswerQueue({
    store: lazyStore(openQueueStore),
    fetch: (url, init) => window.fetch(url, init),
    isOnline: () => navigator.onLine,
  });
  return shared;
}

/** The tablet's outbox: its state for the screen, and `enqueue` for a finished answer. */
export function useAnswerQueue() {
  const queue = kioskQueue();
  const state = useSyncExternalStore(queue.subscribe, queue.getState);
  useEffect(() => {
    const flush = () => void queue.flush();
    flush();
    window.addEventListener('online', flush);
    window.addEventListener('offline', flush);
    const timer = window.setInterval(flush, RETRY_MS);
    return () => {
      window.removeEventListener('online', flush);
      window.removeEventListener('offline', flush);
      window.clearInterval(timer);
    };
  }, [queue]);
  return { state, enqueue: queue.enqueue };
}
