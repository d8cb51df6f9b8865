import { queryOptions } from '@tanstack/react-query';
import type { MonthIndex } from '../../domain/period';
import { loadNational } from '../load-documents';

export function nationalQueryOptions(
  path: string,
  registryUrl: string,
  pageOrigin: string,
  asOf: MonthIndex | null = null,
) {
  return queryOptions({
    queryKey: ['national', registryUrl, path, asOf] as const,
    queryFn: ({ signal }) => loadNational(path, registryUrl, pageOrigin, signal, asOf),
  });
}
