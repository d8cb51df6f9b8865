import { StatusBadge } from '../../components/status-badge';
import { BINARY_INDICATORS, type BinaryIndicator } from '../../domain/indicators';
import { valueStateText } from '../../components/value-state-label';
import type { UnitModel } from '../../domain/model';
import type { LgspStage } from '../../domain/types';
import { useFormatters, useT } from '../../i18n/use-locale';

/**
 * The 0/1 indicators, one line each: the current state in words (the platform's stage for
 * LGSP), the target's deadline, and met / not met / not reported.
 */
export function BinaryList({ unit, lgspStage }: { unit: UnitModel; lgspStage: LgspStage | null }) {
  const t = useT('unit');
  const f = useFormatters();
  const missing = (ind: BinaryIndicator) =>
    valueStateText(unit.indicators[ind].state, unit.fault, t);
  return (
    <ul className="binary-list">
      {BINARY_INDICATORS.map((ind) => {
        const value = unit.indicators[ind];
        let current: string;
        if (ind === 'lgspConnected') {
          current =
            lgspStage === null
              ? missing(ind)
              : t('binary.stage', { stage: t(`common:lgsp.${lgspStage}`) });
        } else if (value.value === null) {
          current = missing(ind);
        } else {
          current = t(value.value === 1 ? `binary.yes_${ind}` : `binary.no_${ind}`);
        }
        return (
          <li key={ind} className="binary-list__item">
            <span className="binary-list__name">{t(`common:indicator.${ind}`)}</span>
            <span className="binary-list__current">{current}</span>
            <span className="binary-list__target">
              {value.target
                ? t('binary.target', { deadline: f.month(value.target.deadline) })
                : t('common:status.none')}
            </span>
            <span className="binary-list__status">
              {value.value === null ? (
                <span className="badge badge--unknown">{missing(ind)}</span>
              ) : (
                <StatusBadge status={value.status} />
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
