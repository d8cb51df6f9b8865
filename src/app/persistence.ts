import type {
  PersistedClient,
  PersistQueryClientProviderProps,
  Persister,
} from '@tanstack/react-query-persist-client';
import type { AppConfig } from '../data/app-config';
import {
  PERSISTENCE,
  deserializeClient,
  persistBuster,
  savedParts,
  writeSavedTexts,
} from '../data/persist-client';
import { savedCopyStorage } from '../data/pipeline-client';
import { inMessages, SentParts } from '../data/saved-copy-parts';
import { stopAfter } from '../lib/stop-after';

export type PersistOptions = PersistQueryClientProviderProps['persistOptions'];

/** How long one task of writing new documents' text may take, in one save. */
const WRITE_TASK_MS = 20;
/** Characters of new documents' JSON sent to the worker per message (each its own task). */
const MESSAGE_CHARS = 1_000_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The saved copy, read and written by the data worker. A save sends the worker only the
 * documents that changed since the last one (saved-copy-parts.ts); saves are spaced by
 * subscribeSaving (persisting-provider.tsx).
 */
function savedCopyPersister(): Persister {
  const sent = new SentParts();
  let queue = Promise.resolve();
  // Thousands of feeds may have arrived since the last save: their text is written, and sent,
  // over several short tasks.
  const save = async (client: PersistedClient) => {
    while (writeSavedTexts(client.clientState.queries, stopAfter(WRITE_TASK_MS))) await nextTask();
    const { head, parts } = savedParts(client, Date.now());
    const { order, changed } = sent.update(parts);
    // Every message but the last goes ahead of the update; the last goes with it.
    const messages = inMessages(changed, MESSAGE_CHARS);
    const last = messages.pop() ?? [];
    for (const message of messages) await savedCopyStorage.addParts(PERSISTENCE.key, message);
    const written = await savedCopyStorage.setParts(PERSISTENCE.key, head, {
      order,
      changed: last,
    });
    if (!written) sent.reset();
  };
  return {
    // One save at a time: a save sent in several messages must not interleave with the next.
    persistClient: (client) => {
      queue = queue.then(() => save(client)).catch(() => sent.reset());
      return queue;
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
