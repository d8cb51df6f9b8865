import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { PersistQueryClientProviderProps } from '@tanstack/react-query-persist-client';
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { AppConfig } from '../data/app-config';
import {
  PERSISTENCE,
  deserializeClient,
  persistBuster,
  serializeClient,
} from '../data/persist-client';

export type PersistOptions = PersistQueryClientProviderProps['persistOptions'];

/**
 * IndexedDB through idb-keyval, opened on first use. A browser that refuses storage (private
 * windows, quota) simply keeps nothing: every failure is swallowed here, never thrown at the page.
 */
function idbStorage() {
  let store: UseStore | null = null;
  const open = () => (store ??= createStore(PERSISTENCE.database, PERSISTENCE.store));
  return {
    getItem: async (key: string): Promise<string | null> => {
      try {
        const value = await get<unknown>(key, open());
        return typeof value === 'string' ? value : null;
      } catch {
        return null;
      }
    },
    setItem: async (key: string, value: string): Promise<void> => {
      try {
        await set(key, value, open());
      } catch {
        // Nothing saved: the next start fetches everything, as on a first visit.
      }
    },
    removeItem: async (key: string): Promise<void> => {
      try {
        await del(key, open());
      } catch {
        // Already unreadable.
      }
    },
  };
}

/**
 * The last good registry and feeds, kept in the browser (contract: only data that validated is
 * ever in the query cache), bounded in size and age, and tied to this deployment's registry.
 * Null where the browser has no IndexedDB.
 */
export function createPersistOptions(config: AppConfig): PersistOptions | null {
  if (typeof indexedDB === 'undefined') return null;
  const persister = createAsyncStoragePersister({
    storage: idbStorage(),
    key: PERSISTENCE.key,
    throttleTime: PERSISTENCE.throttleMs,
    serialize: (client) => serializeClient(client, Date.now()),
    deserialize: (text) => deserializeClient(text, Date.now()),
  });
  return {
    persister,
    maxAge: PERSISTENCE.maxAgeMs,
    buster: persistBuster(config.registryUrl, config.mock),
    dehydrateOptions: {
      // A feed whose refresh failed still shows (and keeps) its last good data.
      shouldDehydrateQuery: (query) => query.state.data !== undefined,
    },
  };
}
