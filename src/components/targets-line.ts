import type { TFunction } from 'i18next';
import type { MonthIndex } from '../domain/period';
import { activePlans } from '../domain/targets';
import type { Target } from '../domain/types';
import type { Formatters } from '../i18n/format';

/**
 * "Mục tiêu đến 12/2020 theo Nghị quyết 17/NQ-CP": the active targets' plans in words, from the
 * registry (contract §2 ★); null when the registry sets no target. No plan is named in the code.
 */
export function targetsLine(
  targets: readonly Target[],
  period: MonthIndex,
  t: TFunction,
  f: Formatters,
): string | null {
  const plans = activePlans(targets, period);
  if (plans.length === 0) return null;
  return plans
    .map((p) =>
      t('common:targets.line', { deadline: f.month(p.deadline), basis: p.basis[f.locale] }),
    )
    .join('; ');
}
