import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { PERSISTENCE } from './persist-client';
import { HeldParts, type PartsUpdate } from './saved-copy-parts';

let store: UseStore | null = null;
const open = () => (store ??= createStore(PERSISTENCE.database, PERSISTENCE.store));

/** Each saved copy's documents, as last sent by the page. */
const held = new Map<string, HeldParts>();
const heldFor = (key: string) => {
  let parts = held.get(key);
  if (!parts) held.set(key, (parts = new HeldParts()));
  return parts;
};

async function write(key: string, value: string): Promise<void> {
  try {
    await set(key, value, open());
  } catch {
    // Nothing saved: the next start fetches everything, as on a first visit.
  }
}

/**
 * The saved copy of the last good data in IndexedDB (idb-keyval, opened on first use), written
 * from the data worker: putting tens of MB of text serialises it on the calling thread, in one
 * task. A browser that refuses storage (private windows, quota) simply keeps nothing: every
 * failure is swallowed here, never thrown at the page.
 */
export const savedCopyStore = {
  read: async (key: string): Promise<string | null> => {
    try {
      const value = await get<unknown>(key, open());
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  },
  /**
   * Writes the saved copy from the parts that changed since the last save (saved-copy-parts.ts).
   * False when a part the page counted on is not here: nothing is written, and the page sends
   * every part next time.
   */
  addParts: (key: string, changed: PartsUpdate['changed']): void => {
    heldFor(key).add(changed);
  },
  writeParts: async (key: string, head: string, update: PartsUpdate): Promise<boolean> => {
    const text = heldFor(key).apply(head, update);
    if (text === null) return false;
    await write(key, text);
    return true;
  },
  remove: async (key: string): Promise<void> => {
    held.delete(key);
    try {
      await del(key, open());
    } catch {
      // Already unreadable.
    }
  },
};
