/**
 * The feed contract 1.1 (§2, §4, §5) computed again, deliberately simply: no grids, no caches, one
 * unit and one month at a time, exact integer arithmetic (BigInt) for every figure as shown. It
 * imports nothing from src/domain but types, so the engine is checked against an independent
 * reading of the contract (tests/unit/property/engine.property.test.ts).
 */
import type { MonthIndex } from '../../src/domain/period';
import type { Dataset, Observation, Target, UnitData } from '../../src/domain/types';

export type RefIndicator =
  | 'level4Rate'
  | 'level34Rate'
  | 'onlineDossierRate'
  | 'lgspConnected'
  | 'socOperational'
  | 'vdxpConnected'
  | 'portalConnected';

/** §4: numerator and denominator of an indicator in one observation; null = not reported. */
export function refMeasure(
  indicator: RefIndicator,
  o: Observation | undefined,
): { num: number; den: number } | null {
  if (o === undefined) return null;
  const bool = (b: boolean | null) => (b === null ? null : { num: b ? 1 : 0, den: 1 });
  switch (indicator) {
    case 'level4Rate':
      return o.servicesLevel4 === null || o.servicesTotal === null
        ? null
        : { num: o.servicesLevel4, den: o.servicesTotal };
    case 'level34Rate':
      return o.servicesLevel3 === null || o.servicesLevel4 === null || o.servicesTotal === null
        ? null
        : { num: o.servicesLevel3 + o.servicesLevel4, den: o.servicesTotal };
    case 'onlineDossierRate':
      return o.dossiersOnline === null || o.dossiersTotal === null
        ? null
        : { num: o.dossiersOnline, den: o.dossiersTotal };
    case 'lgspConnected':
      return o.lgsp === null ? null : { num: o.lgsp === 'connected' ? 1 : 0, den: 1 };
    case 'socOperational':
      return bool(o.soc);
    case 'vdxpConnected':
      return bool(o.vdxp);
    case 'portalConnected':
      return bool(o.portalConnected);
  }
}

/** §5 ★: a ratio in tenths of a percent, rounded half up, exactly (1,235 / 10,000 → 124). */
export function refTenths(num: number, den: number): number | null {
  if (den === 0) return null;
  const n = BigInt(num) * 2000n + BigInt(den);
  return Number(n / (2n * BigInt(den)));
}

/** A decimal fraction such as a target (0.3) or a projection, to tenths of a percent, half up. */
export function refTenthsOfDecimal(value: number): number {
  // Through the decimal text, not through binary arithmetic: 0.2995 is 299.5 tenths → 300.
  const [whole, frac = ''] = value.toFixed(12).split('.');
  const digits = BigInt(whole! + frac.padEnd(12, '0')); // value × 10^12
  return Number((digits * 1000n * 2n + 10n ** 12n) / (2n * 10n ** 12n));
}

/** A unit's shown value of an indicator in a month; null when it has none. */
export function refShown(u: UnitData, indicator: RefIndicator, period: MonthIndex): number | null {
  const m = refMeasure(indicator, u.observations.get(period));
  return m === null ? null : refTenths(m.num, m.den);
}

/** §5 trend: least-squares slope of the reported months in the 6 up to `period`; ≥ 3 needed. */
export function refSlope(points: { period: number; value: number }[], period: MonthIndex) {
  const inWindow = points.filter((p) => p.period > period - 6 && p.period <= period);
  if (inWindow.length < 3) return null;
  const mx = inWindow.reduce((s, p) => s + p.period, 0) / inWindow.length;
  const my = inWindow.reduce((s, p) => s + p.value, 0) / inWindow.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of inWindow) {
    sxy += (p.period - mx) * (p.value - my);
    sxx += (p.period - mx) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx;
}

export function refUnitSlope(u: UnitData, indicator: RefIndicator, period: MonthIndex) {
  const points: { period: number; value: number }[] = [];
  for (let p = period - 5; p <= period; p++) {
    const m = refMeasure(indicator, u.observations.get(p));
    if (m !== null && m.den > 0) points.push({ period: p, value: m.num / m.den });
  }
  return refSlope(points, period);
}

export type RefScope = 'all' | 'ministry' | 'province' | `region:${string}`;

export function refUnitsInScope(dataset: Dataset, scope: RefScope): UnitData[] {
  if (scope === 'all') return [...dataset.units];
  if (scope === 'ministry' || scope === 'province')
    return dataset.units.filter((u) => u.unit.kind === scope);
  return dataset.units.filter((u) => `region:${u.unit.region}` === scope);
}

/** §4: ratio of sums over the units that reported, with coverage. */
export function refAggregate(
  dataset: Dataset,
  scope: RefScope,
  indicator: RefIndicator,
  period: MonthIndex,
) {
  const units = refUnitsInScope(dataset, scope);
  let num = 0;
  let den = 0;
  const missing: string[] = [];
  for (const u of units) {
    const m = refMeasure(indicator, u.observations.get(period));
    if (m === null) missing.push(u.unit.id);
    else {
      num += m.num;
      den += m.den;
    }
  }
  return {
    num,
    den,
    tenths: refTenths(num, den),
    coverage: { reported: units.length - missing.length, total: units.length, missing },
  };
}

/** §5 rank: 1 + units of the same kind shown strictly higher; null without a value. */
export function refRank(dataset: Dataset, u: UnitData, indicator: RefIndicator, period: number) {
  const mine = refShown(u, indicator, period);
  const peers = dataset.units.filter((o) => o.unit.kind === u.unit.kind);
  const shown = peers.map((o) => refShown(o, indicator, period)).filter((v) => v !== null);
  if (mine === null) return { rank: null, rankedOf: shown.length };
  return { rank: 1 + shown.filter((v) => v > mine).length, rankedOf: shown.length };
}

/** §2 ★ active target: the earliest deadline not before P, else the latest. */
export function refTarget(targets: readonly Target[], indicator: string, period: MonthIndex) {
  const own = targets.filter((t) => t.indicator === indicator);
  const ahead = own.filter((t) => t.deadline >= period).sort((a, b) => a.deadline - b.deadline);
  if (ahead.length > 0) return ahead[0]!;
  return [...own].sort((a, b) => b.deadline - a.deadline)[0] ?? null;
}

/** §5 ★ status of a rate on the figures as shown. */
export function refStatus(u: UnitData, indicator: RefIndicator, period: MonthIndex, t: Target) {
  const shown = refShown(u, indicator, period);
  const target = refTenthsOfDecimal(t.value);
  if (shown === null) return 'unknown';
  if (shown >= target) return 'met';
  const left = Math.max(0, t.deadline - period);
  if (left === 0) return 'off-track';
  const slope = refUnitSlope(u, indicator, period);
  if (slope === null) return 'unknown';
  const m = refMeasure(indicator, u.observations.get(period))!;
  const projection = Math.min(1, Math.max(0, m.num / m.den + slope * left));
  return refTenthsOfDecimal(projection) >= target ? 'on-track' : 'off-track';
}

/** §5 laggard flags of one unit, in the contract's order. */
export function refFlags(dataset: Dataset, u: UnitData, period: MonthIndex): string[] {
  const flags: string[] = [];
  const t = refTarget(dataset.targets, 'level4Rate', period);
  const now = refShown(u, 'level4Rate', period);
  if (t !== null && refStatus(u, 'level4Rate', period, t) === 'off-track') flags.push('off-track');
  const earlier = refShown(u, 'level4Rate', period - 3);
  if (t !== null && now !== null && earlier !== null) {
    if (now < refTenthsOfDecimal(t.value) && now - earlier < 5) flags.push('stalled');
  }
  const near = (indicator: string) =>
    dataset.targets.some((x) => x.indicator === indicator && x.deadline - period <= 6);
  const o = u.observations.get(period);
  if (o?.lgsp != null && o.lgsp !== 'connected' && near('lgspConnected')) flags.push('no-platform');
  if (o?.soc === false && near('socOperational')) flags.push('no-soc');
  if (now !== null) {
    const peers = dataset.units
      .filter((x) => x.unit.kind === u.unit.kind)
      .map((x) => refShown(x, 'level4Rate', period))
      .filter((v) => v !== null)
      .sort((a, b) => a - b);
    const k = Math.ceil(peers.length / 10);
    if (now <= peers[k - 1]!) flags.push('bottom-decile');
  }
  const newest = Math.max(...[...u.observations.keys()].filter((p) => p <= period));
  if (u.feed === 'failed') flags.push('stale-feed');
  else if (u.feed === 'loaded' && !(period - newest < 2)) flags.push('stale-feed');
  return flags;
}

/** §2 ★ the period under review without asOf: the latest month half the loaded feeds reported. */
export function refPeriod(dataset: Dataset): MonthIndex | null {
  if (dataset.asOf !== null) return dataset.asOf;
  const loaded = dataset.units.filter((u) => u.feed === 'loaded');
  const months = [...new Set(loaded.flatMap((u) => [...u.observations.keys()]))];
  const majority = months.filter(
    (p) => 2 * loaded.filter((u) => u.observations.has(p)).length >= loaded.length,
  );
  if (majority.length > 0) return Math.max(...majority);
  // No month reaches half: the latest month that at least half of the loaded feeds reported or
  // passed; of the feeds with observations when fewer than half have any.
  const reporting = loaded.filter((u) => u.observations.size > 0);
  const pool = 2 * reporting.length >= loaded.length ? loaded : reporting;
  const reached = months.filter(
    (p) =>
      2 * pool.filter((u) => [...u.observations.keys()].some((q) => q >= p)).length >= pool.length,
  );
  return reached.length === 0 ? null : Math.max(...reached);
}
