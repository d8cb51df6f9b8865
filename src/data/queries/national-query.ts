import { queryOptions } from '@tanstack/react-query';
import { loadNational } from '../load-documents';

export function nationalQueryOptions(path: string, registryUrl: string, pageOrigin: string) {
  return queryOptions({
    queryKey: ['national', registryUrl, path] as const,
    queryFn: ({ signal }) => loadNational(path, registryUrl, pageOrigin, signal),
  });
}
