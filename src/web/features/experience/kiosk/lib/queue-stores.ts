import { createMemoryStore, type QueuedAnswer, type QueueStore } from './answer-queue';

// Where a tablet keeps the answers it has not sent yet: IndexedDB (survives a reload, a crash,
// a restart), else localStorage (some private modes refuse IndexedDB), else memory.

const DB_NAME = 'binome-kiosk';
const STORE = 'answers';
const LOCAL_KEY = 'binome.kiosk.answers';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
  return done(request);
}

export function createIndexedDbStore(db: IDBDatabase): QueueStore {
  const run = async <T>(
    mode: IDBTransactionMode,
    act: (store: IDBObjectStore) => IDBRequest<T>,
  ) => {
    const transaction = db.transaction(STORE, mode);
    // A write is safe only once its transaction has committed.
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB aborted'));
    });
    committed.catch(() => undefined); // reported through `done` when the request fails
    const result = await done(act(transaction.objectStore(STORE)));
    await committed;
    return result;
  };
  return {
    all: () => run('readonly', (s) => s.getAll() as IDBRequest<QueuedAnswer[]>),
    put: async (item) => {
      await run('readwrite', (s) => s.put(item));
    },
    remove: async (id) => {
      await run('readwrite', (s) => s.delete(id));
    },
  };
}

export function createLocalStorageStore(storage: Storage): QueueStore {
  const read = (): QueuedAnswer[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(LOCAL_KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as QueuedAnswer[]) : [];
    } catch {
      return [];
    }
  };
  const write = (items: QueuedAnswer[]) => storage.setItem(LOCAL_KEY, JSON.stringify(items));
  return {
    all: async () => read(),
    put: async (item) => write([...read().filter((i) => i.id !== item.id), item]),
    remove: async (id) => write(read().filter((i) => i.id !== id)),
  };
}

/** The best store this browser allows. */
export async function openQueueStore(): Promise<QueueStore> {
  try {
    if (typeof indexedDB !== 'undefined')
      return createIndexedDbStore(await openDatabase(indexedDB));
  } catch {
    // Falls through to localStorage.
  }
  try {
    const probe = `${LOCAL_KEY}.probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return createLocalStorageStore(window.localStorage);
  } catch {
    return createMemoryStore();
  }
}

/** A store usable at once, that opens the real one on first use. */
export function lazyStore(open: () => Promise<QueueStore>): QueueStore {
  let opened: Promise<QueueStore> | null = null;
  const store = () => (opened ??= open());
  return {
    all: async () => (await store()).all(),
    put: async (item) => (await store()).put(item),
    remove: async (id) => (await store()).remove(id),
  };
}
