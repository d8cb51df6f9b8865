import { queryOptions } from '@tanstack/react-query';
import { loadRankings } from '../pipeline-client';

export function rankingsQueryOptions(
  path: string,
  registryUrl: string,
  pageOrigin: string,
  fromSnapshot = false,
) {
  return queryOptions({
    queryKey: ['rankings', registryUrl, path, fromSnapshot] as const,
    queryFn: ({ signal }) => loadRankings(path, registryUrl, pageOrigin, fromSnapshot, signal),
  });
}
