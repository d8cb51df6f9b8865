import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { PERSISTENCE } from './persist-client';

let store: UseStore | null = null;
const open = () => (store ??= createStore(PERSISTENCE.database, PERSISTENCE.store));

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
  write: async (key: string, value: string): Promise<void> => {
    try {
      await set(key, value, open());
    } catch {
      // Nothing saved: the next start fetches everything, as on a first visit.
    }
  },
  remove: async (key: string): Promise<void> => {
    try {
      await del(key, open());
    } catch {
      // Already unreadable.
    }
  },
};
