import { queryOptions } from '@tanstack/react-query';
import { loadRegistry } from '../pipeline-client';

export function registryQueryOptions(registryUrl: string, pageOrigin?: string) {
  return queryOptions({
    queryKey: ['registry', registryUrl] as const,
    queryFn: ({ signal }) => loadRegistry(registryUrl, signal, pageOrigin),
  });
}
