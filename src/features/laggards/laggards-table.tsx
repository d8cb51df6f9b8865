import { memo, useMemo } from 'react';
import { Link } from 'react-router';
import { FlagChips } from '../../components/flag-chips';
import { MyUnitMark } from '../../components/my-unit-mark';
import { ValueStateLabel } from '../../components/value-state-label';
import type { UnitModel } from '../../domain/model';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import type { TableColumn } from '../../lib/table-spec';
import { useMyUnit } from '../unit/use-my-unit';

/** The level-4 rate now, or why there is none (never 0). */
function Level4({ unit }: { unit: UnitModel }) {
  const f = useFormatters();
  const l4 = unit.indicators.level4Rate;
  if (l4.tenths === null) return <ValueStateLabel state={l4.state} fault={unit.fault} />;
  return <>{f.percentTenths(l4.tenths)}</>;
}

/** A column's label before its value, seen only when the table is stacked (the header says it). */
function StackLabel({ text }: { text: string | undefined }) {
  return (
    <span className="stack-label" aria-hidden="true">
      {text}
    </span>
  );
}

/** One flagged unit: its name, kind, level-4 rate and rank, and every flag with its reason. */
export const LaggardRow = memo(function LaggardRow({
  unit,
  search,
  labels,
  mine = false,
}: {
  unit: UnitModel;
  search: string;
  /** The user's own unit: highlighted and marked. */
  mine?: boolean;
  /** Column labels, shown before each value when the table is stacked on a narrow screen. */
  labels: Readonly<Record<string, string>>;
}) {
  const t = useT('laggards');
  const f = useFormatters();
  const locale = useLocale();
  const l4 = unit.indicators.level4Rate;
  return (
    <tr role="row" className={mine ? 'is-mine' : undefined}>
      <th scope="row" role="rowheader" className="col-unit">
        <Link to={{ pathname: `/units/${encodeURIComponent(unit.unit.id)}`, search }}>
          <bdi>{unit.unit.name[locale]}</bdi>
        </Link>
        {mine && <MyUnitMark />}
      </th>
      <td role="cell" className="col-kind">
        {t(`kindOne.${unit.unit.kind}`)}
      </td>
      <td role="cell" className="num col-level4">
        <StackLabel text={labels.level4} />
        <Level4 unit={unit} />
      </td>
      <td role="cell" className="num col-rank">
        <StackLabel text={labels.rank} />
        {l4.rank === null ? (
          <span className="muted">{t('unranked')}</span>
        ) : (
          <>
            <span aria-hidden="true">
              {t('rankOf', { rank: f.count(l4.rank), of: f.count(l4.rankedOf) })}
            </span>
            <span className="visually-hidden">
              {t('rankOfWords', {
                rank: f.count(l4.rank),
                of: f.count(l4.rankedOf),
                kind: t(`common:kind.${unit.unit.kind}_plural`),
              })}
            </span>
          </>
        )}
      </td>
      <td role="cell" className="col-reasons">
        <FlagChips flags={unit.flags} withReasons />
      </td>
    </tr>
  );
});

const SHOWN = ['unit', 'kind', 'level4', 'rank', 'reasons'];

/** The flagged units as a real table, in the engine's severity order. */
export function LaggardsTable({
  caption,
  columns,
  units,
  search,
}: {
  caption: string;
  /** The table spec's columns; the screen merges rank with its "of n" and flags with reasons. */
  columns: readonly TableColumn[];
  units: readonly UnitModel[];
  search: string;
}) {
  const shown = columns.filter((c) => SHOWN.includes(c.key));
  const [mine] = useMyUnit();
  const labels = useMemo(() => Object.fromEntries(columns.map((c) => [c.key, c.label])), [columns]);
  // Explicit roles keep the table a table for screen readers when narrow screens stack it (CSS
  // display changes drop native table semantics in some browsers).
  return (
    <div className="table-wrap laggards-table-wrap">
      <table className="table laggards-table" role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {shown.map((c) => (
              <th
                key={c.key}
                scope="col"
                role="columnheader"
                className={c.kind === 'percent' || c.kind === 'rank' ? 'num' : undefined}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {units.map((u) => (
            <LaggardRow
              key={u.unit.id}
              unit={u}
              search={search}
              labels={labels}
              mine={u.unit.id === mine}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
