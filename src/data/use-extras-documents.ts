import { useQuery } from '@tanstack/react-query';
import { useAppConfig } from './app-config-context';
import type { Registry } from './parse-registry';
import { nationalQueryOptions } from './queries/national-query';
import { rankingsQueryOptions } from './queries/rankings-query';

/**
 * The registry's optional documents (contract §7), national.json and rankings.json, as the
 * screens read them: one query each, not fetched when the registry names none.
 */
export function useExtrasDocuments(registry: Registry | null) {
  const config = useAppConfig();
  const fromSnapshot = registry?.snapshot !== undefined;
  const asOf = registry?.asOf ?? null;
  const national = useQuery({
    ...nationalQueryOptions(
      registry?.national ?? '',
      config.registryUrl,
      config.pageOrigin,
      fromSnapshot,
      asOf,
    ),
    enabled: (registry?.national ?? null) !== null,
  });
  const rankings = useQuery({
    ...rankingsQueryOptions(
      registry?.rankings ?? '',
      config.registryUrl,
      config.pageOrigin,
      fromSnapshot,
      asOf,
    ),
    enabled: (registry?.rankings ?? null) !== null,
  });
  return { national, rankings };
}
