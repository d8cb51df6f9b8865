import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FLAG_RULES, type FlagRule } from '../../domain/laggards';
import type { LaggardFacets } from '../../domain/laggard-filter';
import { UNIT_KINDS, type UnitKind } from '../../domain/types';
import { useViewState } from '../../hooks/use-view-state';
import { useFormatters, useT } from '../../i18n/use-locale';
import { withView, type ViewState } from '../../lib/view-state';

interface Choice {
  key: string;
  patch: Partial<ViewState>;
  label: string;
  count: number;
  active: boolean;
}

/**
 * A row of links, one per choice with its count; the chosen one is marked current. A plain click
 * changes the latest view rather than following the link's address, which was written from the
 * view on screen: a second filter clicked before the page re-renders keeps the first. The
 * address still serves to copy the link or open it elsewhere.
 */
function ChoiceLinks({ label, choices }: { label: string; choices: Choice[] }) {
  const f = useFormatters();
  const [search] = useSearchParams();
  const [, update] = useViewState();
  const id = useId();
  return (
    <div className="facet">
      <p id={id} className="facet__label">
        {label}
      </p>
      <ul className="facet__choices" aria-labelledby={id}>
        {choices.map((c) => (
          <li key={c.key}>
            <Link
              className="facet__choice"
              to={{ search: withView(search, c.patch).toString() }}
              onClick={(e) => {
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                e.preventDefault();
                update(c.patch);
              }}
              aria-current={c.active ? 'true' : undefined}
            >
              <span>{c.label}</span> <span className="facet__count">{f.count(c.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Filter by rule and by kind, each choice with how many units it would show. */
export function LaggardsFilters({
  facets,
  rule,
  kind,
}: {
  facets: LaggardFacets;
  rule: FlagRule | null;
  kind: UnitKind | null;
}) {
  const t = useT('laggards');
  const rules: Choice[] = [
    {
      key: 'all',
      patch: { flag: null },
      label: t('filter.allRules'),
      count: facets.anyRule,
      active: rule === null,
    },
    ...FLAG_RULES.map((r) => ({
      key: r,
      patch: { flag: r },
      label: t(`common:flag.${r}`),
      count: facets.byRule[r],
      active: rule === r,
    })),
  ];
  const kinds: Choice[] = [
    {
      key: 'all',
      patch: { kind: null },
      label: t('filter.allKinds'),
      count: facets.anyKind,
      active: kind === null,
    },
    ...UNIT_KINDS.map((k) => ({
      key: k,
      patch: { kind: k },
      label: t(`common:kind.${k}`),
      count: facets.byKind[k],
      active: kind === k,
    })),
  ];
  return (
    <div className="laggards-filters" role="group" aria-label={t('filter.label')}>
      <ChoiceLinks label={t('filter.rule')} choices={rules} />
      <ChoiceLinks label={t('filter.kind')} choices={kinds} />
    </div>
  );
}
