import { queryOptions } from '@tanstack/react-query';
import type { MonthIndex } from '../../domain/period';
import { loadRankings } from '../pipeline-client';

export function rankingsQueryOptions(
  path: string,
  registryUrl: string,
  pageOrigin: string,
  fromSnapshot = false,
  asOf: MonthIndex | null = null,
) {
  return queryOptions({
    queryKey: ['rankings', registryUrl, path, fromSnapshot, asOf] as const,
    queryFn: ({ signal }) =>
      loadRankings(path, registryUrl, pageOrigin, fromSnapshot, signal, asOf),
  });
}
