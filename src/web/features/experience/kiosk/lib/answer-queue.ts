import type { KioskQuestion } from '../../../../../shared/schemas/experience/kiosk';

// The kiosk's outbox. An answer is stored on the tablet (with the id made on the tablet) before
// any attempt to send it, then sent when the network allows. It leaves the queue only once the
// server has it (201, or 200 "already received"), so a retry after a lost reply never counts
// twice: the server deduplicates on the answer's id.

/** What the tablet sends (the body of POST /api/kiosk/:token/answers). */
export interface KioskAnswerPayload {
  id: string;
  answeredAt: string;
  scores: Partial<Record<KioskQuestion, number>>;
  comment: string;
  helped: boolean;
}

export interface QueuedAnswer {
  /** The answer's id: the queue's key and the server's deduplication key. */
  id: string;
  token: string;
  answer: KioskAnswerPayload;
  /** Milliseconds since 1970: answers are sent in the order they were given. */
  queuedAt: number;
}

/** Where queued answers wait (IndexedDB on a tablet, memory in tests). */
export interface QueueStore {
  all(): Promise<QueuedAnswer[]>;
  put(item: QueuedAnswer): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface QueueState {
  /** Answers stored on the tablet, not yet received by the server. */
  pending: number;
  /** The tablet has no network, or the last attempt could not reach the server. */
  offline: boolean;
  /** False until the stored answers have been counted once. */
  loaded: boolean;
}

export interface AnswerQueue {
  /** Stores the answer (resolves once it is safe on the tablet), then tries to send. */
  enqueue(token: string, answer: KioskAnswerPayload): Promise<void>;
  /** Sends what waits, in order; one run at a time (a call during a run asks for another). */
  flush(): Promise<void>;
  getState(): QueueState;
  subscribe(listener: () => void): () => void;
}

type Outcome = 'stored' | 'refused' | 'unreachable' | 'later';

type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'status'>>;

/**
 * 201/200: the server has it. 408, 429 and 5xx: try again later. Any other answer (400: an
 * answer too old or malformed; 404: the kiosk was retired or got a new address) will never be
 * accepted, so the answer is dropped rather than kept on a shared tablet for ever.
 */
function outcomeOf(status: number): Outcome {
  if (status === 200 || status === 201) return 'stored';
  if (status === 408 || status === 429 || status >= 500) return 'later';
  return 'refused';
}

export function createAnswerQueue({
  store,
  fetch,
  isOnline = () => true,
  now = () => Date.now(),
}: {
  store: QueueStore;
  fetch: FetchLike;
  isOnline?: () => boolean;
  now?: () => number;
}): AnswerQueue {
  let state: QueueState = { pending: 0, offline: !isOnline(), loaded: false };
  const listeners = new Set<() => void>();
  let running: Promise<void> | null = null;
  let again = false;

  function update(next: Partial<QueueState>) {
    const merged = { ...state, ...next };
    if (
      merged.pending === state.pending &&
      merged.offline === state.offline &&
      merged.loaded === state.loaded
    )
      return;
    state = merged;
    for (const listener of listeners) listener();
  }

  const count = async () => update({ pending: (await store.all()).length, loaded: true });

  async function send(item: QueuedAnswer): Promise<Outcome> {
    try {
      const response = await fetch(`/api/kiosk/${encodeURIComponent(item.token)}/answers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(item.answer),
        // No account on a kiosk: nothing of a signed-in person's session goes with an answer.
        credentials: 'omit',
      });
      return outcomeOf(response.status);
    } catch {
      return 'unreachable';
    }
  }

  /** Sends the queue in order; false when it had to stop (no network, server unavailable). */
  async function sendAll(): Promise<boolean> {
    const items = (await store.all()).sort((a, b) => a.queuedAt - b.queuedAt);
    for (const item of items) {
      if (!isOnline()) {
        update({ offline: true });
        return false;
      }
      const outcome = await send(item);
      if (outcome === 'stored' || outcome === 'refused') await store.remove(item.id);
      else {
        update({ offline: outcome === 'unreachable' });
        return false;
      }
    }
    update({ offline: !isOnline() });
    return true;
  }

  async function run() {
    let complete: boolean;
    do {
      again = false;
      complete = await sendAll();
      await count();
      // Answers queued during this run go now, unless the network just failed.
    } while (again && complete);
  }

  const queue: AnswerQueue = {
    async enqueue(token, answer) {
      await store.put({ id: answer.id, token, answer, queuedAt: now() });
      await count();
      void queue.flush();
    },
    flush() {
      if (running) {
        again = true;
        return running;
      }
      running = run()
        .catch(() => undefined) // a storage failure: the next flush tries again
        .finally(() => {
          running = null;
        });
      return running;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return queue;
}

/** A store in memory (tests; the last resort when the browser refuses any storage). */
export function createMemoryStore(): QueueStore {
  const items = new Map<string, QueuedAnswer>();
  return {
    all: async () => [...items.values()].map((item) => structuredClone(item)),
    put: async (item) => {
      items.set(item.id, structuredClone(item));
    },
    remove: async (id) => {
      items.delete(id);
    },
  };
}
