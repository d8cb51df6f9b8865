import { queryOptions } from '@tanstack/react-query';
import type { MonthIndex } from '../../domain/period';
import { loadFeed } from '../pipeline-client';
import type { RegistryUnit } from '../parse-registry';

/** The start of every feed query's key for a registry, or for one unit of it (for retries). */
export function feedKeyPrefix(registryUrl: string, unitId?: string) {
  return unitId === undefined
    ? (['feed', registryUrl] as const)
    : (['feed', registryUrl, unitId] as const);
}

export function feedQueryOptions(
  unit: RegistryUnit,
  registryUrl: string,
  asOf: MonthIndex | null,
  pageOrigin: string,
  fromSnapshot = false,
) {
  return queryOptions({
    queryKey: [...feedKeyPrefix(registryUrl, unit.id), unit.feed, asOf, fromSnapshot] as const,
    queryFn: ({ signal }) => loadFeed(unit, registryUrl, asOf, pageOrigin, fromSnapshot, signal),
  });
}
