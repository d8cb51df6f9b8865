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
