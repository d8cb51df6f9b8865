import type { UnitKind } from '../../domain/types';
import { useT } from '../../i18n/use-locale';

/** All units, ministries or provinces: the `kind` in the URL. Only kinds the registry has. */
export function KindFilter({
  kinds,
  value,
  onChange,
}: {
  kinds: readonly UnitKind[];
  value: UnitKind | null;
  onChange: (kind: UnitKind | null) => void;
}) {
  const t = useT('overview');
  const options: { kind: UnitKind | null; label: string }[] = [
    { kind: null, label: t('scope.all') },
    ...kinds.map((kind) => ({ kind, label: t(`common:kind.${kind}`) })),
  ];
  return (
    <div className="kind-filter" role="group" aria-label={t('scope.label')}>
      <span className="kind-filter__label" aria-hidden="true">
        {t('scope.label')}
      </span>
      {options.map((o) => (
        <button
          key={o.kind ?? 'all'}
          type="button"
          className="toggle"
          aria-pressed={value === o.kind}
          onClick={() => onChange(o.kind)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
