import { useId } from 'react';
import type { MonthIndex } from '../domain/period';
import { formatPeriod } from '../domain/period';
import { useFormatters, useT } from '../i18n/use-locale';

export function PeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: readonly MonthIndex[];
  value: MonthIndex | null;
  onChange: (period: string) => void;
}) {
  const t = useT();
  const f = useFormatters();
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('period.label')}</label>
      <select
        id={id}
        value={value === null ? '' : formatPeriod(value)}
        onChange={(e) => onChange(e.target.value)}
        disabled={periods.length === 0}
      >
        {[...periods].reverse().map((p) => (
          <option key={p} value={formatPeriod(p)}>
            {f.month(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
