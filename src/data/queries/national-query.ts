import { queryOptions } from '@tanstack/react-query';
import { loadNational } from '../pipeline-client';

export function nationalQueryOptions(
  path: string,
  registryUrl: string,
  pageOrigin: string,
  fromSnapshot = false,
) {
  return queryOptions({
    queryKey: ['national', registryUrl, path, fromSnapshot] as const,
    queryFn: ({ signal }) => loadNational(path, registryUrl, pageOrigin, fromSnapshot, signal),
  });
}
