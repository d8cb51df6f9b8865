import type { RegistryUnit } from '../../src/data/parse-registry';
import { parsePeriod, type MonthIndex } from '../../src/domain/period';
import type {
  Dataset,
  FeedState,
  Observation,
  Target,
  Unit,
  UnitData,
  UnitKind,
} from '../../src/domain/types';

/** Month index of a "YYYY-MM" literal; throws on a typo so tests fail loudly. */
export function m(text: string): MonthIndex {
  const p = parsePeriod(text);
  if (p === null) throw new Error(`bad period ${text}`);
  return p;
}

export function obs(
  period: string,
  fields: Partial<Omit<Observation, 'period'>> = {},
): Observation {
  return {
    period: m(period),
    servicesTotal: null,
    servicesLevel3: null,
    servicesLevel4: null,
    dossiersTotal: null,
    dossiersOnline: null,
    lgsp: null,
    soc: null,
    vdxp: null,
    portalConnected: null,
    ...fields,
  };
}

/** An observation with level-4 services l4 of total. */
export function l4(
  period: string,
  level4: number,
  total: number,
  extra: Partial<Observation> = {},
) {
  return obs(period, { servicesLevel4: level4, servicesTotal: total, ...extra });
}

export function unit(
  id: string,
  observations: Observation[],
  options: { kind?: UnitKind; region?: string | null; feed?: FeedState } = {},
): UnitData {
  const u: Unit = {
    id,
    kind: options.kind ?? 'province',
    name: { vi: `Tỉnh ${id}`, en: `Province ${id}` },
    region: options.region ?? null,
  };
  return {
    unit: u,
    feed: options.feed ?? 'loaded',
    observations: new Map(observations.map((o) => [o.period, o])),
  };
}

export function target(indicator: string, value: number, deadline: string): Target {
  return { indicator, value, deadline: m(deadline), basis: { vi: 'NQ 17', en: 'Res. 17' } };
}

export const RES17_TARGETS: Target[] = [
  target('level4Rate', 0.3, '2020-12'),
  target('lgspConnected', 1, '2020-12'),
  target('socOperational', 1, '2020-12'),
  target('vdxpConnected', 1, '2020-12'),
  target('portalConnected', 1, '2020-12'),
];

export function dataset(units: UnitData[], options: Partial<Dataset> = {}): Dataset {
  return { units, regions: [], targets: RES17_TARGETS, asOf: null, ...options };
}

/** A province of a registry whose feed is `feeds/<id>.json`, named by its id. */
export function registryUnit(id: string): RegistryUnit {
  return { id, kind: 'province', name: { vi: id, en: id }, region: null, feed: `feeds/${id}.json` };
}
