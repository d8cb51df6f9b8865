import { queryOptions } from '@tanstack/react-query';
import type { MonthIndex } from '../../domain/period';
import { loadFeed } from '../load-documents';
import type { RegistryUnit } from '../parse-registry';

export function feedQueryOptions(
  unit: RegistryUnit,
  registryUrl: string,
  asOf: MonthIndex | null,
  pageOrigin: string,
) {
  return queryOptions({
    queryKey: ['feed', registryUrl, unit.id, unit.feed, asOf] as const,
    queryFn: ({ signal }) => loadFeed(unit, registryUrl, asOf, pageOrigin, signal),
  });
}
