import { REGISTRY_FORMAT } from '../../src/data/schemas/registry-schema';
import { MINISTRIES } from '../data/ministries';
import { PROVINCES } from '../data/provinces';
import { REGIONS } from '../data/regions';
import type { RegistryDocument, RegistryUnitDocument, TargetDocument } from './documents';
import { AS_OF } from './series-months';

const RESOLUTION_17 = { vi: 'Nghị quyết 17/NQ-CP', en: 'Resolution 17/NQ-CP' };

/** The 2020 targets of Resolution 17/NQ-CP. */
export const RESOLUTION_17_TARGETS: readonly TargetDocument[] = [
  { indicator: 'level4Rate', value: 0.3, deadline: '2020-12', basis: RESOLUTION_17 },
  { indicator: 'lgspConnected', value: 1, deadline: '2020-12', basis: RESOLUTION_17 },
  { indicator: 'socOperational', value: 1, deadline: '2020-12', basis: RESOLUTION_17 },
  { indicator: 'vdxpConnected', value: 1, deadline: '2020-12', basis: RESOLUTION_17 },
  { indicator: 'portalConnected', value: 1, deadline: '2020-12', basis: RESOLUTION_17 },
];

export function feedPath(unitId: string): string {
  return `feeds/${unitId}.json`;
}

/** The 63 provinces then the 22 ministries, as registry entries. */
export function defaultRegistryUnits(): RegistryUnitDocument[] {
  return [
    ...PROVINCES.map((p): RegistryUnitDocument => ({
      id: p.id,
      kind: 'province',
      name: { ...p.name },
      region: p.region,
      feed: feedPath(p.id),
    })),
    ...MINISTRIES.map((m): RegistryUnitDocument => ({
      id: m.id,
      kind: 'ministry',
      name: { ...m.name },
      feed: feedPath(m.id),
    })),
  ];
}

export function registryDocument(
  units: RegistryUnitDocument[],
  extras: { national?: string; rankings?: string } = {
    national: 'national.json',
    rankings: 'rankings.json',
  },
): RegistryDocument {
  return {
    format: REGISTRY_FORMAT,
    asOf: AS_OF,
    regions: REGIONS.map((r) => ({ id: r.id, name: { ...r.name } })),
    units,
    targets: RESOLUTION_17_TARGETS.map((t) => ({ ...t, basis: { ...t.basis } })),
    ...extras,
  };
}
