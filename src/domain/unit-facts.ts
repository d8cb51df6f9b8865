import type { UnitIndicator } from './model';
import type { MonthIndex } from './period';
import type { LgspStage, UnitData } from './types';

/**
 * Why an indicator has (or lacks) a value: `value`; `not-reported` (the field is absent or null);
 * `zero-base` (reported, but the denominator is 0: a unit with 0 services has no rate, not 0 %).
 */
export type ValueState = 'value' | 'not-reported' | 'zero-base';

export function valueState(indicator: UnitIndicator): ValueState {
  if (indicator.measure === null) return 'not-reported';
  return indicator.value === null ? 'zero-base' : 'value';
}

/** The data platform's stage reported for the period; null when not reported. */
export function lgspStageAt(unit: UnitData | undefined, period: MonthIndex): LgspStage | null {
  return unit?.observations.get(period)?.lgsp ?? null;
}
