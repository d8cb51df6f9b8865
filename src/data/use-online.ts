import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();
const serverOnline = () => true;

/**
 * Has TanStack Query follow `navigator.onLine` from now on: read at once and at every `online` or
 * `offline` event. Its own listeners only start with the first query, and a change before that
 * (the network gone while the page boots) would go unheard: queries would fail one by one instead
 * of waiting with the saved copy.
 */
export function followBrowserOnline(): void {
  onlineManager.setEventListener((setOnline) => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  });
}

/**
 * Whether the browser says it is online (the same signal that pauses queries while offline).
 * followBrowserOnline keeps it current from start-up.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, serverOnline);
}
