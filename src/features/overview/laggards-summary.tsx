import { Link } from 'react-router';
import { MyUnitMark } from '../../components/my-unit-mark';
import { useMyUnit } from '../unit/use-my-unit';
import { FlagChips } from '../../components/flag-chips';
import type { FlagRule } from '../../domain/laggards';
import type { UnitModel } from '../../domain/model';
import type { UnitKind } from '../../domain/types';
import { useViewLink } from '../../hooks/use-view-link';
import { useLocale, useT } from '../../i18n/use-locale';

/** How many units each rule flags (each a link to the laggards page) and the worst five. */
export function LaggardsSummary({
  counts,
  worst,
  total,
  kind,
}: {
  counts: readonly { rule: FlagRule; count: number }[];
  worst: readonly UnitModel[];
  total: number;
  kind: UnitKind | null;
}) {
  const t = useT('overview');
  const locale = useLocale();
  const link = useViewLink();
  const [mine] = useMyUnit();
  return (
    <section className="card laggards-summary" aria-labelledby="overview-laggards">
      <h2 id="overview-laggards">{t('common:nav.laggards')}</h2>
      <h3 id="overview-by-rule">{t('laggards.byRule')}</h3>
      <ul className="rule-counts" aria-labelledby="overview-by-rule">
        {counts.map(({ rule, count }) => (
          <li key={rule}>
            <Link
              to={{ pathname: '/laggards', search: link({ flag: rule, kind }) }}
              className="rule-counts__link"
            >
              <span className={`chip chip--${rule}`}>{t(`common:flag.${rule}`)}</span>{' '}
              <span className="rule-counts__count">{t('laggards.ruleCount', { count })}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h3 id="overview-worst">{t('laggards.worst')}</h3>
      {worst.length === 0 ? (
        <p>{t('laggards.none')}</p>
      ) : (
        <ol className="worst-units" aria-labelledby="overview-worst">
          {worst.map((u) => (
            <li key={u.unit.id}>
              <Link
                to={{ pathname: `/units/${encodeURIComponent(u.unit.id)}`, search: link() }}
                className="worst-units__name"
              >
                <bdi>{u.unit.name[locale]}</bdi>
              </Link>
              {u.unit.id === mine && <MyUnitMark />}
              <FlagChips flags={u.flags} withReasons />
            </li>
          ))}
        </ol>
      )}
      {total > 0 && (
        <p className="laggards-summary__all">
          <Link to={{ pathname: '/laggards', search: link({ kind }) }}>
            {t('laggards.all', { count: total })}
          </Link>
        </p>
      )}
    </section>
  );
}
