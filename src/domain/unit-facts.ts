import type { MonthIndex } from './period';
import type { LgspStage, UnitData } from './types';

/** The data platform's stage reported for the period; null when not reported. */
export function lgspStageAt(unit: UnitData | undefined, period: MonthIndex): LgspStage | null {
  return unit?.observations.get(period)?.lgsp ?? null;
}
