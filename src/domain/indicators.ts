import type { Observation } from './types';

export const RATE_INDICATORS = ['level4Rate', 'level34Rate', 'onlineDossierRate'] as const;
export const BINARY_INDICATORS = [
  'lgspConnected',
  'socOperational',
  'vdxpConnected',
  'portalConnected',
] as const;
export const INDICATORS = [...RATE_INDICATORS, ...BINARY_INDICATORS] as const;

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

function ratio(num: number | null, den: number | null): Measure | null {
  return num === null || den === null ? null : { num, den };
}

function flag(value: boolean | null): Measure | null {
  return value === null ? null : { num: value ? 1 : 0, den: 1 };
}

export function measure(indicator: IndicatorId, obs: Observation | undefined): Measure | null {
  if (!obs) return null;
  switch (indicator) {
    case 'level4Rate':
      return ratio(obs.servicesLevel4, obs.servicesTotal);
    case 'level34Rate':
      return obs.servicesLevel3 === null || obs.servicesLevel4 === null
        ? null
        : ratio(obs.servicesLevel3 + obs.servicesLevel4, obs.servicesTotal);
    case 'onlineDossierRate':
      return ratio(obs.dossiersOnline, obs.dossiersTotal);
    case 'lgspConnected':
      return obs.lgsp === null ? null : { num: obs.lgsp === 'connected' ? 1 : 0, den: 1 };
    case 'socOperational':
      return flag(obs.soc);
    case 'vdxpConnected':
      return flag(obs.vdxp);
    case 'portalConnected':
      return flag(obs.portalConnected);
  }
}

/** The value of a measure in [0, 1], or null when it has none (not reported, or 0 services). */
export function valueOf(m: Measure | null): number | null {
  return m === null || m.den === 0 ? null : m.num / m.den;
}

/**
 * measure() as two numbers without allocating, for the engine's hot loop over thousands of units:
 * writes numerator and denominator into `out` and returns false when not reported.
 */
export function measureInto(
  indicator: IndicatorId,
  obs: Observation | undefined,
  out: { num: number; den: number },
): boolean {
  if (!obs) return false;
  switch (indicator) {
    case 'level4Rate':
      if (obs.servicesLevel4 === null || obs.servicesTotal === null) return false;
      out.num = obs.servicesLevel4;
      out.den = obs.servicesTotal;
      return true;
    case 'level34Rate':
      if (
        obs.servicesLevel3 === null ||
        obs.servicesLevel4 === null ||
        obs.servicesTotal === null
      ) {
        return false;
      }
      out.num = obs.servicesLevel3 + obs.servicesLevel4;
      out.den = obs.servicesTotal;
      return true;
    case 'onlineDossierRate':
      if (obs.dossiersOnline === null || obs.dossiersTotal === null) return false;
      out.num = obs.dossiersOnline;
      out.den = obs.dossiersTotal;
      return true;
    case 'lgspConnected':
      if (obs.lgsp === null) return false;
      out.num = obs.lgsp === 'connected' ? 1 : 0;
      out.den = 1;
      return true;
    case 'socOperational':
    case 'vdxpConnected':
    case 'portalConnected': {
      const flagValue =
        indicator === 'socOperational'
          ? obs.soc
          : indicator === 'vdxpConnected'
            ? obs.vdxp
            : obs.portalConnected;
      if (flagValue === null) return false;
      out.num = flagValue ? 1 : 0;
      out.den = 1;
      return true;
    }
  }
}

/**
 * Every indicator's measure of one observation at once, in INDICATORS order, for the engine's
 * single pass over all observations: writes numerator and denominator of indicator i at
 * `num[offset + i]` / `den[offset + i]` and returns a bit mask with bit i set when it is reported.
 * The same rules as measure(), field by field (tests/unit/domain/measures-into.test.ts).
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
