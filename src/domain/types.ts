import type { MonthIndex } from './period';

export type UnitKind = 'ministry' | 'province';
export const UNIT_KINDS: readonly UnitKind[] = ['ministry', 'province'];

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface Region {
  id: string;
  name: LocalizedText;
}

export interface Unit {
  id: string;
  kind: UnitKind;
  name: LocalizedText;
  /** Region id, or null when the registry gives none. */
  region: string | null;
}

export type LgspStage = 'none' | 'building' | 'operational' | 'connected';
export const LGSP_STAGES: readonly LgspStage[] = ['none', 'building', 'operational', 'connected'];

/** One validated monthly observation; null means "not reported". */
export interface Observation {
  period: MonthIndex;
  servicesTotal: number | null;
  servicesLevel3: number | null;
  servicesLevel4: number | null;
  dossiersTotal: number | null;
  dossiersOnline: number | null;
  lgsp: LgspStage | null;
  soc: boolean | null;
  vdxp: boolean | null;
  portalConnected: boolean | null;
}

/**
 * What the engine needs to know about a unit's feed: whether it arrived, and its valid observations.
 * `loading` feeds are not yet failed (so not stale); `failed` covers every fault of contract §6
 * that leaves no usable data.
 */
export type FeedState = 'loading' | 'failed' | 'loaded';

/**
 * Which fault a failed feed had (contract §6), as the data layer names it (`kind`, e.g.
 * `http-error`) with its details (e.g. `status: 500`); the engine only passes it on.
 */
export type FeedFault = { readonly kind: string } & Readonly<Record<string, string | number>>;

export interface UnitData {
  unit: Unit;
  feed: FeedState;
  /** The fault, when `feed` is `failed`. */
  fault?: FeedFault | null;
  /** Valid observations, each keyed by its own `period` (the engine relies on it). */
  observations: ReadonlyMap<MonthIndex, Observation>;
}

export interface Target {
  indicator: string;
  value: number;
  deadline: MonthIndex;
  basis: LocalizedText;
}

export interface Dataset {
  units: readonly UnitData[];
  regions: readonly Region[];
  targets: readonly Target[];
  /** The registry's reporting period under review, or null when it gives none. */
  asOf: MonthIndex | null;
}
