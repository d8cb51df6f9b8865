import { useCallback, useSyncExternalStore } from 'react';
import { readMyUnit, subscribeMyUnit, writeMyUnit } from './my-unit-storage';

/** The stored "my unit" id (kept in step across tabs) and a way to change it. */
export function useMyUnit(): [string | null, (unitId: string | null) => void] {
  const id = useSyncExternalStore(subscribeMyUnit, readMyUnit, () => null);
  const set = useCallback((unitId: string | null) => writeMyUnit(unitId), []);
  return [id, set];
}
