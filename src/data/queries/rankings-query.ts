import { queryOptions } from '@tanstack/react-query';
import type { MonthIndex } from '../../domain/period';
import { loadRankings } from '../load-documents';

export function rankingsQueryOptions(
  path: string,
  registryUrl: string,
  pageOrigin: string,
  asOf: MonthIndex | null = null,
) {
  return queryOptions({
    queryKey: ['rankings', registryUrl, path, asOf] as const,
    queryFn: ({ signal }) => loadRankings(path, registryUrl, pageOrigin, signal, asOf),
  });
}
