import type { RegistryUnit } from '../../data/parse-registry';
import type { MonthIndex } from '../../domain/period';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { MyUnitToggle } from './my-unit-toggle';

/** Name, kind, region, code and the period under review; and the "my unit" toggle. */
export function UnitHeader({
  unit,
  regionName,
  period,
}: {
  unit: RegistryUnit;
  regionName: string | null;
  period: MonthIndex;
}) {
  const t = useT('unit');
  const f = useFormatters();
  const locale = useLocale();
  return (
    <header className="unit-head">
      <div className="unit-head__main">
        <h1 id="unit-title" className="unit-head__title">
          {unit.name[locale]}
        </h1>
        <dl className="unit-head__facts">
          <div>
            <dt>{t('header.kind')}</dt>
            <dd>{t(`kind.${unit.kind}`)}</dd>
          </div>
          {regionName !== null && (
            <div>
              <dt>{t('header.region')}</dt>
              <dd>{regionName}</dd>
            </div>
          )}
          <div>
            <dt>{t('header.id')}</dt>
            <dd>{unit.id}</dd>
          </div>
          <div>
            <dt>{t('header.period')}</dt>
            <dd>{f.month(period)}</dd>
          </div>
        </dl>
      </div>
      <MyUnitToggle unitId={unit.id} />
    </header>
  );
}
