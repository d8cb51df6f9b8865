import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();
const serverOnline = () => true;

/**
 * Whether the browser says it is online (the same signal that pauses queries while offline).
 * Start-up seeds it from navigator.onLine; the `online` / `offline` events keep it current.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, serverOnline);
}
