import type { IndicatorId } from './indicators';
import type { MonthIndex } from './period';
import { regionScope } from './scope';
import { aggregateSeries, unitSeries, type SeriesPoint } from './series';
import type { Dataset, LocalizedText } from './types';

/** At most this many chosen units on one chart (besides the nation and the region). */
export const MAX_COMPARED_UNITS = 5;

/** What the user asked to compare: the nation, one region, chosen units (in their order). */
export interface CompareSelection {
  national: boolean;
  region: string | null;
  units: readonly string[];
}

export const NO_COMPARISON: CompareSelection = { national: false, region: null, units: [] };

/** One compared line: a stable key for the chart and table, its name, its monthly values. */
export interface ComparedSeries {
  key: string;
  kind: 'national' | 'region' | 'unit';
  /** null for the nation: the view names it in its own words. */
  name: LocalizedText | null;
  points: SeriesPoint[];
}

/**
 * The selection as written in the URL ("national,region:dbscl,42,01"): unknown regions and units,
 * duplicates and units past the fifth are left out, so any text gives a valid selection.
 */
export function parseCompare(text: string | null, dataset: Dataset): CompareSelection {
  if (text === null) return NO_COMPARISON;
  const units = new Set(dataset.units.map((u) => u.unit.id));
  const regions = new Set(dataset.regions.map((r) => r.id));
  let national = false;
  let region: string | null = null;
  const chosen: string[] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (part === 'national') national = true;
    else if (part.startsWith('region:')) {
      const id = part.slice('region:'.length);
      if (region === null && regions.has(id)) region = id;
    } else if (units.has(part) && !chosen.includes(part) && chosen.length < MAX_COMPARED_UNITS) {
      chosen.push(part);
    }
  }
  return { national, region, units: chosen };
}

/** The selection with one more unit at its end, unless it is already there or the chart is full. */
export function withUnitAdded(selection: CompareSelection, unitId: string): CompareSelection {
  if (selection.units.includes(unitId) || selection.units.length >= MAX_COMPARED_UNITS) {
    return selection;
  }
  return { ...selection, units: [...selection.units, unitId] };
}

export function withUnitRemoved(selection: CompareSelection, unitId: string): CompareSelection {
  return { ...selection, units: selection.units.filter((u) => u !== unitId) };
}

/** The selection as the URL writes it, or null when nothing is compared. */
export function formatCompare(selection: CompareSelection): string | null {
  const parts = [
    ...(selection.national ? ['national'] : []),
    ...(selection.region === null ? [] : [`region:${selection.region}`]),
    ...selection.units.slice(0, MAX_COMPARED_UNITS),
  ];
  return parts.length === 0 ? null : parts.join(',');
}

/**
 * The compared lines up to `upTo`: the nation and the region as the engine aggregates them (ratio
 * of sums over the units that reported), each unit its own values. Months not reported are null.
 */
export function comparedSeries(
  dataset: Dataset,
  selection: CompareSelection,
  indicator: IndicatorId,
  upTo: MonthIndex,
): ComparedSeries[] {
  const out: ComparedSeries[] = [];
  const plain = (points: readonly SeriesPoint[]) =>
    points.map((p) => ({ period: p.period, value: p.value }));
  if (selection.national) {
    out.push({
      key: 'cmp-national',
      kind: 'national',
      name: null,
      points: plain(aggregateSeries(dataset, 'all', indicator, upTo)),
    });
  }
  const region = dataset.regions.find((r) => r.id === selection.region);
  if (region) {
    out.push({
      key: `cmp-region-${region.id}`,
      kind: 'region',
      name: region.name,
      points: plain(aggregateSeries(dataset, regionScope(region.id), indicator, upTo)),
    });
  }
  for (const id of selection.units.slice(0, MAX_COMPARED_UNITS)) {
    const u = dataset.units.find((d) => d.unit.id === id);
    if (!u) continue;
    out.push({
      key: `cmp-unit-${id}`,
      kind: 'unit',
      name: u.unit.name,
      points: unitSeries(u, indicator, upTo, dataset),
    });
  }
  return out;
}

/** The largest compared value, for the chart's y axis (0 when there is none). */
export function comparedMax(series: readonly ComparedSeries[]): number {
  let max = 0;
  for (const s of series)
    for (const p of s.points) if (p.value !== null && p.value > max) max = p.value;
  return max;
}
