import { memo, type Ref } from 'react';
import { Link } from 'react-router';
import { FlagChips } from '../../components/flag-chips';
import { StatusBadge } from '../../components/status-badge';
import type { RankingRow, RateCell } from '../../domain/ranking-rows';
import type { RankingSortKey } from '../../domain/ranking-sort';
import type { FeedFault } from '../../domain/types';
import { isRateIndicator, type RateIndicator } from '../../domain/indicators';
import { ValueStateLabel, valueStateText } from '../../components/value-state-label';
import type { Formatters } from '../../i18n/format';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { MyUnitMark } from '../../components/my-unit-mark';
import { RankChange } from './rank-change';

/** A value that is not a number: a dash for the eye, words for screen readers. */
function Missing({ words }: { words: string }) {
  return (
    <span className="muted">
      <span aria-hidden="true" title={words}>
        –
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

/** A rate: its value at the precision shown, or why there is none (never 0). */
function rateText(cell: RateCell, fault: FeedFault | null, f: Formatters) {
  if (cell.tenths === null) return <ValueStateLabel state={cell.state} fault={fault} />;
  return f.percentTenths(cell.tenths);
}

const NO_LABELS: Readonly<Record<string, string>> = {};

/** The rate the ranking is on (its rank column speaks of it). */
function chosenRate(chosen: RankingSortKey): RateIndicator {
  return isRateIndicator(chosen as RateIndicator) ? (chosen as RateIndicator) : 'level4Rate';
}

export interface RankingRowProps {
  row: RankingRow;
  columns: readonly RankingSortKey[];
  /** The indicator ranked on: its value stands out. */
  chosen: RankingSortKey;
  /** The query string for links (language and period). */
  search: string;
  /** Column labels by key, shown before each value when a phone stacks the row as a card. */
  labels?: Readonly<Record<string, string>>;
  /** The user's own unit ("my unit"): highlighted and marked. */
  mine?: boolean;
  /** In a virtualised body: the row's position among all rows (0-based), and its measuring ref. */
  index?: number;
  ref?: Ref<HTMLTableRowElement>;
}

/**
 * One unit's row. Everything in it is already computed by the engine; the row only formats, so a
 * virtualised body can render just the rows in view.
 */
export const RankingTableRow = memo(function RankingTableRow({
  row,
  columns,
  chosen,
  search,
  mine = false,
  labels = NO_LABELS,
  index,
  ref,
}: RankingRowProps) {
  const t = useT('rankings');
  const f = useFormatters();
  const locale = useLocale();
  return (
    <tr
      ref={ref}
      role="row"
      className={
        [row.rank === null ? 'is-unranked' : '', mine ? 'is-mine' : ''].join(' ').trim() ||
        undefined
      }
      // Header row is 1: data rows count from 2 (aria-rowindex on a virtualised body only).
      aria-rowindex={index === undefined ? undefined : index + 2}
      data-index={index}
      data-unit={row.id}
    >
      {columns.map((key) => {
        switch (key) {
          case 'rank':
            return (
              <td key={key} role="cell" data-label={labels[key]} className="num col-rank">
                {row.rank === null ? (
                  <Missing
                    words={`${t('unranked')}: ${valueStateText(row.rates[chosenRate(chosen)].state, row.fault, t)}`}
                  />
                ) : (
                  f.count(row.rank)
                )}
              </td>
            );
          case 'name':
            return (
              <th key={key} scope="row" role="rowheader" className="col-name">
                <Link to={{ pathname: `/units/${encodeURIComponent(row.id)}`, search }}>
                  <bdi>{row.unit.name[locale]}</bdi>
                </Link>
                {mine && <MyUnitMark />}
              </th>
            );
          case 'change':
            return (
              <td key={key} role="cell" data-label={labels[key]} className="num col-change">
                <RankChange move={row.move} change={row.rankChange} />
              </td>
            );
          case 'target':
            return (
              <td key={key} role="cell" data-label={labels[key]} className="num">
                {f.target(row.target)}
              </td>
            );
          case 'projection':
            return (
              <td key={key} role="cell" data-label={labels[key]} className="num">
                {row.projection !== null ? (
                  f.percentTenths(row.projectionTenths)
                ) : (
                  <Missing words={t('noProjection')} />
                )}
              </td>
            );
          case 'status':
            return (
              <td key={key} role="cell" data-label={labels[key]}>
                <StatusBadge status={row.status} />
              </td>
            );
          case 'flags':
            return (
              <td key={key} role="cell" data-label={labels[key]} className="col-flags">
                <FlagChips flags={row.record.flags} />
              </td>
            );
          default:
            return (
              <td
                key={key}
                role="cell"
                data-label={labels[key]}
                className={key === chosen ? 'num col-chosen' : 'num'}
              >
                {rateText(row.rates[key], row.fault, f)}
              </td>
            );
        }
      })}
    </tr>
  );
});
