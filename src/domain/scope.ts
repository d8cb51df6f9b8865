import type { Dataset, UnitKind } from './types';

/** Which units an aggregate speaks for: the nation, one kind, or one region. */
export type ScopeId = 'all' | UnitKind | `region:${string}`;

export function regionScope(regionId: string): ScopeId {
  return `region:${regionId}`;
}

/** Every scope the dataset has: the nation, each kind present, each region with units. */
export function scopesOf(dataset: Dataset): ScopeId[] {
  const scopes: ScopeId[] = ['all'];
  for (const kind of ['ministry', 'province'] as const) {
    if (dataset.units.some((u) => u.unit.kind === kind)) scopes.push(kind);
  }
  const regions = new Set(dataset.units.map((u) => u.unit.region).filter((r) => r !== null));
  for (const r of regions) scopes.push(regionScope(r));
  return scopes;
}
