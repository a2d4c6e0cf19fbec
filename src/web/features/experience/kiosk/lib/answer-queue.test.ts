import { describe, expect, it } from 'vitest';
import {
  createAnswerQueue,
  createMemoryStore,
  type KioskAnswerPayload,
  type QueueStore,
} from './answer-queue';
import { createLocalStorageStore } from './queue-stores';

// The kiosk's outbox with a fake server: answers are kept until the server has them, sent in
// order, never lost when the network fails, never counted twice when a reply is lost.

let counter = 0;
const answer = (comment = 'Très bien accueilli.'): KioskAnswerPayload => {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    answeredAt: '2025-03-04T10:00:00.000Z',
    scores: { global: 4 },
    comment,
    helped: false,
  };
};

/** A fake server that stores answers by id, like the real one (201 new, 200 known). */
function fakeServer() {
  const received = new Map<string, KioskAnswerPayload>();
  const calls: { url: string; body: KioskAnswerPayload; credentials?: string }[] = [];
  let mode: 'up' | 'down' | 'lose-reply' | number = 'up';
  const fetch = async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as KioskAnswerPayload;
    calls.push({ url, body, credentials: init.credentials });
    if (mode === 'down') throw new TypeError('Failed to fetch');
    if (typeof mode === 'number') return { status: mode };
    const known = received.has(body.id);
    received.set(body.id, body);
    if (mode === 'lose-reply') throw new TypeError('Network connection lost');
    return { status: known ? 200 : 201 };
  };
  return {
    fetch,
    received,
    calls,
    set: (next: typeof mode) => {
      mode = next;
    },
  };
}

function setup(store: QueueStore = createMemoryStore()) {
  const server = fakeServer();
  let online = true;
  let clock = 1_000;
  const queue = createAnswerQueue({
    store,
    fetch: server.fetch,
    isOnline: () => online,
    now: () => (clock += 1),
  });
  const setOnline = (value: boolean) => {
    online = value;
  };
  return { queue, server, store, setOnline };
}

describe('the kiosk answer queue', () => {
  it('sends an answer to its kiosk and empties the queue', async () => {
    const { queue, server } = setup();
    const sent = answer();
    await queue.enqueue('jeton-de-la-borne-0123456789', sent);
    await queue.flush();
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]).toMatchObject({
      url: '/api/kiosk/jeton-de-la-borne-0123456789/answers',
      body: sent,
      credentials: 'omit',
    });
    expect(queue.getState()).toEqual({ pending: 0, offline: false, loaded: true });
  });

  it('keeps answers while the network is down, then sends them in order', async () => {
    const { queue, server } = setup();
    server.set('down');
    const first = answer('premier');
    const second = answer('second');
    await queue.enqueue('t', first);
    await queue.enqueue('t', second);
    await queue.flush();
    expect(queue.getState()).toMatchObject({ pending: 2, offline: true });
    expect(server.received.size).toBe(0);

    server.set('up');
    await queue.flush();
    expect(queue.getState()).toMatchObject({ pending: 0, offline: false });
    expect([...server.received.keys()]).toEqual([first.id, second.id]);
  });

  it('does not try while the device says it is offline', async () => {
    const { queue, server, setOnline } = setup();
    setOnline(false);
    await queue.enqueue('t', answer());
    await queue.flush();
    expect(server.calls).toHaveLength(0);
    expect(queue.getState()).toMatchObject({ pending: 1, offline: true });
    setOnline(true);
    await queue.flush();
    expect(queue.getState()).toMatchObject({ pending: 0, offline: false });
  });

  it('never counts an answer twice when the server’s reply is lost', async () => {
    const { queue, server } = setup();
    server.set('lose-reply');
    const sent = answer();
    await queue.enqueue('t', sent);
    await queue.flush();
    // The server has it, but the tablet could not know: the answer stays queued.
    expect(server.received.has(sent.id)).toBe(true);
    expect(queue.getState().pending).toBe(1);

    server.set('up');
    await queue.flush();
    expect(queue.getState().pending).toBe(0);
    expect(server.calls.map((c) => c.body.id)).toEqual([sent.id, sent.id]);
    expect(server.received.size).toBe(1);
  });

  it('keeps answers on a server error or a rate limit, drops those refused for good', async () => {
    const { queue, server } = setup();
    for (const status of [500, 503, 429, 408]) {
      server.set(status);
      await queue.enqueue('t', answer());
      await queue.flush();
      expect(queue.getState()).toMatchObject({ offline: false });
    }
    expect(queue.getState().pending).toBe(4);
    // 404: the kiosk was retired; 400: an answer the server will never accept.
    server.set(404);
    await queue.flush();
    expect(queue.getState().pending).toBe(0);
    server.set(400);
    await queue.enqueue('t', answer());
    await queue.flush();
    expect(queue.getState().pending).toBe(0);
  });

  it('runs one send at a time: a flush during a flush sends nothing twice', async () => {
    const { queue, server } = setup();
    server.set('down');
    await queue.enqueue('t', answer());
    await queue.enqueue('t', answer());
    await queue.flush();
    server.set('up');
    const before = server.calls.length;
    await Promise.all([queue.flush(), queue.flush(), queue.flush()]);
    expect(server.calls.length - before).toBe(2);
    expect(server.received.size).toBe(2);
    expect(queue.getState().pending).toBe(0);
  });

  it('resumes with what a previous page left in the store (a reload, a restart)', async () => {
    const store = createMemoryStore();
    const before = setup(store);
    before.server.set('down');
    const kept = answer();
    await before.queue.enqueue('t', kept);
    await before.queue.flush();

    const after = setup(store);
    expect(after.queue.getState()).toMatchObject({ pending: 0, loaded: false });
    await after.queue.flush();
    expect(after.server.received.has(kept.id)).toBe(true);
    expect(after.queue.getState()).toMatchObject({ pending: 0, loaded: true });
  });

  it('tells its listeners when the count or the connection changes', async () => {
    const { queue, server } = setup();
    server.set('down');
    const seen: string[] = [];
    const stop = queue.subscribe(() => {
      const { pending, offline } = queue.getState();
      seen.push(`${pending} ${offline ? 'hors ligne' : 'en ligne'}`);
    });
    await queue.enqueue('t', answer());
    await queue.flush();
    server.set('up');
    await queue.flush();
    stop();
    await queue.enqueue('t', answer());
    expect(seen).toEqual(['1 en ligne', '1 hors ligne', '1 en ligne', '0 en ligne']);
  });
});

describe('the localStorage store', () => {
  function fakeStorage(): Storage {
    const data = new Map<string, string>();
    return {
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
      getItem: (k) => data.get(k) ?? null,
      key: (i) => [...data.keys()][i] ?? null,
      removeItem: (k) => void data.delete(k),
      setItem: (k, v) => void data.set(k, v),
    };
  }

  it('keeps, replaces and removes answers by id', async () => {
    const store = createLocalStorageStore(fakeStorage());
    const a = answer();
    await store.put({ id: a.id, token: 't', answer: a, queuedAt: 1 });
    await store.put({ id: a.id, token: 't', answer: { ...a, comment: 'corrigé' }, queuedAt: 1 });
    const b = answer();
    await store.put({ id: b.id, token: 't', answer: b, queuedAt: 2 });
    expect((await store.all()).map((i) => i.answer.comment)).toEqual(['corrigé', b.comment]);
    await store.remove(a.id);
    expect((await store.all()).map((i) => i.id)).toEqual([b.id]);
  });

  it('starts empty when what it finds is not its own', async () => {
    const storage = fakeStorage();
    storage.setItem('binome.kiosk.answers', '{not json');
    expect(await createLocalStorageStore(storage).all()).toEqual([]);
  });
});
