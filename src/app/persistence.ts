import type {
  PersistQueryClientProviderProps,
  Persister,
} from '@tanstack/react-query-persist-client';
import type { AppConfig } from '../data/app-config';
import { PERSISTENCE, deserializeClient, persistBuster, savedParts } from '../data/persist-client';
import { savedCopyStorage } from '../data/pipeline-client';
import { SentParts } from '../data/saved-copy-parts';

export type PersistOptions = PersistQueryClientProviderProps['persistOptions'];

/**
 * The saved copy, read and written by the data worker. A save sends the worker only the
 * documents that changed since the last one (saved-copy-parts.ts); saves are spaced by
 * subscribeSaving (persisting-provider.tsx).
 */
function savedCopyPersister(): Persister {
  const sent = new SentParts();
  return {
    persistClient: async (client) => {
      const { head, parts } = savedParts(client, Date.now());
      const written = await savedCopyStorage.setParts(PERSISTENCE.key, head, sent.update(parts));
      if (!written) sent.reset();
    },
    restoreClient: async () => {
      const text = await savedCopyStorage.getItem(PERSISTENCE.key);
      return text === null ? undefined : deserializeClient(text, Date.now());
    },
    removeClient: async () => {
      sent.reset();
      await savedCopyStorage.removeItem(PERSISTENCE.key);
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
  return {
    persister: savedCopyPersister(),
    maxAge: PERSISTENCE.maxAgeMs,
    buster: persistBuster(config.registryUrl, config.mock),
    dehydrateOptions: {
      // A feed whose refresh failed still shows (and keeps) its last good data.
      shouldDehydrateQuery: (query) => query.state.data !== undefined,
    },
  };
}
