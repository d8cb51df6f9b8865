import type { Coverage } from '../../../domain/aggregate';
import { valueStateText } from '../../../components/value-state-label';
import { columnsOf, rankingLines } from '../../../domain/deck';
import type { Flag } from '../../../domain/laggards';
import { firstAndRest } from '../../../domain/overview-summary';
import type { RankingRow, RankMove } from '../../../domain/ranking-rows';
import type { UnitKind } from '../../../domain/types';
import { flagReason } from '../../../components/flag-reason';
import type { Status } from '../../../domain/progress';
import { useFormatters, useLocale, useT } from '../../../i18n/use-locale';
import { DECK_INDICATOR } from '../slide-title';
import { isolate } from '../../../lib/isolate';
import { BidiText } from '../../../components/bidi-text';
import { RankChangeMark } from '../../../components/rank-change-mark';
import { LineIcon } from '../../../components/line-icon';
import { STATUS_PATHS } from '../../../components/icon-paths';

/** "Tính trên 61/63 tỉnh, thành phố; thiếu số liệu: Hà Tĩnh, Cà Mau". */
export function useCoverageText() {
  const t = useT('present');
  return (
    coverage: Coverage,
    names: ReadonlyMap<string, string>,
    kind: UnitKind | null,
  ): string => {
    const based =
      kind === null
        ? t('common:coverage.basedOn', { reported: coverage.reported, total: coverage.total })
        : t('common:coverage.basedOnKind', {
            reported: coverage.reported,
            total: coverage.total,
            kind: t(`common:kind.${kind}_plural`),
          });
    if (coverage.missing.length === 0) return based;
    const { shown, rest } = firstAndRest(coverage.missing, 3);
    const list = shown.map((id) => isolate(names.get(id) ?? id)).join(', ');
    return `${based}. ${
      rest > 0
        ? t('common:coverage.missingMore', { names: list, count: rest })
        : t('common:coverage.missing', { names: list })
    }`;
  };
}

/** "▲ 2" with the words for screen readers: an arrow and a number, never colour alone. */
export function RankMoveText({ move, change }: { move: RankMove; change: number | null }) {
  const t = useT('present');
  const f = useFormatters();
  const words =
    move === null
      ? t('move.none')
      : move.direction === 'same'
        ? t('move.same')
        : t(`move.${move.direction}`, { places: f.count(move.places) });
  return (
    <span className={`move move--${move?.direction ?? 'none'}`}>
      <RankChangeMark change={change} />
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

/** A flag's name and its reason in numbers, for a slide (no hover: the reason is written out). */
export function FlagLine({ flag }: { flag: Flag }) {
  const t = useT();
  const f = useFormatters();
  return (
    <li className="flag-line">
      <span className={`chip chip--${flag.rule}`}>{t(`flag.${flag.rule}`)}</span>{' '}
      <span className="flag-line__reason">{flagReason(flag, t, f)}</span>
    </li>
  );
}

const KEY_STATUSES: readonly Status[] = ['met', 'on-track', 'off-track', 'unknown'];

/** A status as a coloured shape, its word for screen readers (the slide prints the key). */
export function StatusMark({ status }: { status: Status | null }) {
  const t = useT();
  if (status === null) return <span className="status-mark__none">{t('status.none')}</span>;
  return (
    <span className={`status-mark status-mark--${status}`}>
      <LineIcon d={STATUS_PATHS[status]} strokeWidth={2.2} />
      <span className="visually-hidden">{t(`status.${status}`)}</span>
    </span>
  );
}

/** What the shapes mean, written out once under a table of them. */
export function StatusKey() {
  const t = useT('present');
  return (
    <p className="status-key" aria-hidden="true">
      <span className="status-key__title">{t('ranking.statusKey')}</span>
      {KEY_STATUSES.map((status) => (
        <span key={status} className="status-key__item">
          <StatusMark status={status} />
          {t(`common:status.${status}`)}
        </span>
      ))}
    </p>
  );
}

/**
 * A ranking on a slide: rank, unit, level-4 rate, rank change and status, in up to two columns
 * (each its own table), cut to its top and bottom when it does not fit, with the units without a
 * value named underneath.
 */
export function RankColumns({
  rows,
  kind,
  caption,
  capacity,
  perColumn,
  rankLabel,
}: {
  /** In rank order, units without a rank last (sortRankingRows with the default sort). */
  rows: readonly RankingRow[];
  kind: UnitKind;
  caption: string;
  capacity: number;
  perColumn: number;
  rankLabel?: string;
}) {
  const t = useT('present');
  const f = useFormatters();
  const locale = useLocale();
  const { lines, unranked } = rankingLines(rows, capacity);
  const columns = columnsOf(lines, 2, perColumn);
  const notReported = firstAndRest(unranked, 6);
  // Each unranked unit with why (contract §6 ★): feed failed, not reported, or no services.
  const unrankedNames = notReported.shown
    .map(
      (r) =>
        `${isolate(r.unit.name[locale])} (${valueStateText(r.rates[DECK_INDICATOR].state, r.fault, t, true)})`,
    )
    .join(', ');
  return (
    <div className="rank-block">
      <div className={`rank-columns rank-columns--${columns.length}`}>
        {columns.map((column, c) => (
          <table className="rank-table" key={c}>
            <colgroup>
              <col className="rank-table__col-rank" />
              <col />
              <col className="rank-table__col-value" />
              <col className="rank-table__col-change" />
              <col className="rank-table__col-status" />
            </colgroup>
            <caption className="visually-hidden">
              <BidiText
                text={
                  columns.length > 1
                    ? t('ranking.captionPart', { caption, part: c + 1, parts: columns.length })
                    : caption
                }
              />
            </caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {rankLabel ?? t('ranking.rank')}
                </th>
                <th scope="col">{t(`common:kindOne.${kind}`)}</th>
                <th scope="col" className="num">
                  {t('ranking.value')}
                </th>
                <th scope="col" className="num">
                  {t('ranking.change')}
                </th>
                <th scope="col" className="center">
                  {t('ranking.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {column.map((line) =>
                line.kind === 'skipped' ? (
                  <tr key={`skip-${c}`} className="rank-table__skipped">
                    <td colSpan={5}>{t('ranking.skipped', { count: line.count })}</td>
                  </tr>
                ) : (
                  <tr key={line.row.id}>
                    <td className="num rank-table__rank">{line.row.rank}</td>
                    <th scope="row">{line.row.unit.name[locale]}</th>
                    <td className="num rank-table__value">
                      {f.percentTenths(line.row.rates[DECK_INDICATOR].tenths)}
                    </td>
                    <td className="num">
                      <RankMoveText move={line.row.move} change={line.row.rankChange} />
                    </td>
                    <td className="center">
                      <StatusMark status={line.row.status} />
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        ))}
      </div>
      {lines.length === 0 ? <p>{t('ranking.nobody')}</p> : <StatusKey />}
      {unranked.length > 0 && (
        <p className="rank-block__unranked">
          <BidiText
            text={
              notReported.rest > 0
                ? t('ranking.unrankedMore', { names: unrankedNames, count: notReported.rest })
                : t('ranking.unranked', { names: unrankedNames })
            }
          />
        </p>
      )}
    </div>
  );
}
