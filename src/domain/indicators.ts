import type { Observation } from './types';

export const RATE_INDICATORS = ['level4Rate', 'level34Rate', 'onlineDossierRate'] as const;
export const BINARY_INDICATORS = [
  'lgspConnected',
  'socOperational',
  'vdxpConnected',
  'portalConnected',
] as const;
export const INDICATORS = [...RATE_INDICATORS, ...BINARY_INDICATORS] as const;

/** Each indicator's position in INDICATORS (the engine's arrays are laid out in that order). */
export const INDICATOR_INDEX = Object.fromEntries(INDICATORS.map((ind, i) => [ind, i])) as Record<
  IndicatorId,
  number
>;

export type RateIndicator = (typeof RATE_INDICATORS)[number];
export type BinaryIndicator = (typeof BINARY_INDICATORS)[number];
export type IndicatorId = (typeof INDICATORS)[number];

export function isIndicator(id: string): id is IndicatorId {
  return (INDICATORS as readonly string[]).includes(id);
}

export function isRateIndicator(id: IndicatorId): id is RateIndicator {
  return (RATE_INDICATORS as readonly string[]).includes(id);
}

/**
 * A unit's contribution to an indicator in one month: numerator and denominator.
 * Rates use counts; a 0/1 indicator is 1/1 or 0/1. null = not reported. A rate whose
 * denominator is 0 is reported (it counts for coverage and adds nothing to the sums) but has no value.
 */
export interface Measure {
  num: number;
  den: number;
}

const scratchNum = new Float64Array(7);
const scratchDen = new Float64Array(7);

/** An indicator's measure in one observation (the same rules as measuresInto, which it reads). */
export function measure(indicator: IndicatorId, obs: Observation | undefined): Measure | null {
  if (!obs) return null;
  const i = INDICATORS.indexOf(indicator);
  const reported = measuresInto(obs, scratchNum, scratchDen, 0);
  return (reported & (1 << i)) === 0 ? null : { num: scratchNum[i]!, den: scratchDen[i]! };
}

/** A ratio's value in [0, 1], or null when the denominator is 0 (0 services: no rate, not 0 %). */
export function ratioValue(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

/** The value of a measure in [0, 1], or null when it has none (not reported, or 0 services). */
export function valueOf(m: Measure | null): number | null {
  return m === null ? null : ratioValue(m.num, m.den);
}

/**
 * Every indicator's measure of one observation at once, in INDICATORS order, for the engine's
 * single pass over all observations: writes numerator and denominator of indicator i at
 * `num[offset + i]` / `den[offset + i]` and returns a bit mask with bit i set when it is reported.
 * The one definition of every indicator's numerator and denominator (contract §4).
 */
export function measuresInto(
  obs: Observation,
  num: Float64Array,
  den: Float64Array,
  offset: number,
): number {
  let reported = 0;
  const total = obs.servicesTotal;
  const level3 = obs.servicesLevel3;
  const level4 = obs.servicesLevel4;
  if (total !== null && level4 !== null) {
    num[offset] = level4; // level4Rate
    den[offset] = total;
    reported |= 1;
    if (level3 !== null) {
      num[offset + 1] = level3 + level4; // level34Rate
      den[offset + 1] = total;
      reported |= 2;
    }
  }
  if (obs.dossiersOnline !== null && obs.dossiersTotal !== null) {
    num[offset + 2] = obs.dossiersOnline; // onlineDossierRate
    den[offset + 2] = obs.dossiersTotal;
    reported |= 4;
  }
  if (obs.lgsp !== null) {
    num[offset + 3] = obs.lgsp === 'connected' ? 1 : 0; // lgspConnected
    den[offset + 3] = 1;
    reported |= 8;
  }
  if (obs.soc !== null) {
    num[offset + 4] = obs.soc ? 1 : 0; // socOperational
    den[offset + 4] = 1;
    reported |= 16;
  }
  if (obs.vdxp !== null) {
    num[offset + 5] = obs.vdxp ? 1 : 0; // vdxpConnected
    den[offset + 5] = 1;
    reported |= 32;
  }
  if (obs.portalConnected !== null) {
    num[offset + 6] = obs.portalConnected ? 1 : 0; // portalConnected
    den[offset + 6] = 1;
    reported |= 64;
  }
  return reported;
}
