import type { LgspStage, LocalizedText, UnitKind } from '../../src/domain/types';

/** The contract's documents as the mock writes them (plain JSON, contract §2, §3, §7). */

export interface RegionDocument {
  id: string;
  name: LocalizedText;
}

export interface RegistryUnitDocument {
  id: string;
  kind: UnitKind;
  name: LocalizedText;
  region?: string;
  feed: string;
}

export interface TargetDocument {
  indicator: string;
  value: number;
  deadline: string;
  basis: LocalizedText;
}

export interface RegistryDocument {
  format: string;
  asOf: string;
  regions: RegionDocument[];
  units: RegistryUnitDocument[];
  targets: TargetDocument[];
  national?: string;
  rankings?: string;
}

export interface ObservationDocument {
  period: string;
  servicesTotal: number;
  servicesLevel3: number;
  servicesLevel4: number;
  dossiersTotal: number;
  dossiersOnline: number;
  lgsp: LgspStage;
  soc: boolean;
  vdxp: boolean;
  portalConnected: boolean;
}

export interface FeedDocument {
  format: string;
  unit: string;
  updatedAt: string;
  observations: ObservationDocument[];
}

export interface NationalFigureDocument {
  id: string;
  name: LocalizedText;
  unit: 'rank' | 'count' | 'ratio' | 'index';
  better: 'higher' | 'lower';
  of?: number;
  target?: { value: number; deadline: string };
  series: { period: string; value: number | null }[];
}

export interface NationalDocument {
  format: string;
  figures: NationalFigureDocument[];
}

export interface RankingDocument {
  id: string;
  name: LocalizedText;
  kind: UnitKind;
  period: string;
  order: string[];
}

export interface RankingsDocument {
  format: string;
  rankings: RankingDocument[];
}

/** Every document of one dataset, as the mock API and the static export serve them. */
export interface DatasetDocuments {
  registry: RegistryDocument;
  /** Feed documents by unit id. */
  feeds: Record<string, FeedDocument>;
  national: NationalDocument;
  rankings: RankingsDocument;
}
