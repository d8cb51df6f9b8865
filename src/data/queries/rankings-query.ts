import { queryOptions } from '@tanstack/react-query';
import { loadRankings } from '../load-documents';

export function rankingsQueryOptions(path: string, registryUrl: string, pageOrigin: string) {
  return queryOptions({
    queryKey: ['rankings', registryUrl, path] as const,
    queryFn: ({ signal }) => loadRankings(path, registryUrl, pageOrigin, signal),
  });
}
