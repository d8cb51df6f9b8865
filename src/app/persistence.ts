import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { PersistQueryClientProviderProps } from '@tanstack/react-query-persist-client';
import type { AppConfig } from '../data/app-config';
import {
  PERSISTENCE,
  deserializeClient,
  persistBuster,
  serializeClient,
} from '../data/persist-client';
import { savedCopyStorage } from '../data/pipeline-client';

export type PersistOptions = PersistQueryClientProviderProps['persistOptions'];

/**
 * The last good registry and feeds, kept in the browser (contract: only data that validated is
 * ever in the query cache), bounded in size and age, and tied to this deployment's registry.
 * Null where the browser has no IndexedDB.
 */
export function createPersistOptions(config: AppConfig): PersistOptions | null {
  if (typeof indexedDB === 'undefined') return null;
  const persister = createAsyncStoragePersister({
    storage: savedCopyStorage,
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
