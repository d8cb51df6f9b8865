import { useEffect, useState } from 'react';

/** Becomes true `ms` after `key` last changed: feeds still pending by then are "slow". */
export function useSlowAfter(ms: number, key: unknown): boolean {
  const [slowKey, setSlowKey] = useState<unknown>(undefined);
  useEffect(() => {
    const timer = setTimeout(() => setSlowKey(key), ms);
    return () => clearTimeout(timer);
  }, [ms, key]);
  return slowKey === key && key !== undefined;
}
