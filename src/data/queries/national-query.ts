import { queryOptions } from '@tanstack/react-query';
import type { MonthIndex } from '../../domain/period';
import { loadNational } from '../pipeline-client';

export function nationalQueryOptions(
  path: string,
  registryUrl: string,
  pageOrigin: string,
  fromSnapshot = false,
  asOf: MonthIndex | null = null,
) {
  return queryOptions({
    queryKey: ['national', registryUrl, path, fromSnapshot, asOf] as const,
    queryFn: ({ signal }) =>
      loadNational(path, registryUrl, pageOrigin, fromSnapshot, signal, asOf),
  });
}
