import type { TFunction } from 'i18next';
import { RATE_INDICATORS, type RateIndicator } from '../../domain/indicators';
import type { FlagRule } from '../../domain/laggards';
import type { MonthIndex } from '../../domain/period';
import type { RankingRow, RankingTable } from '../../domain/ranking-rows';
import type { RankingSortKey } from '../../domain/ranking-sort';
import type { Locale } from '../../data/schemas/config-schema';
import type { Formatters } from '../../i18n/format';
import type { CellValue, ColumnKind, TableColumn, TableSpec } from '../../lib/table-spec';
import { VALUE_STATE_KEY } from '../../export/table-rows';
import { isolate } from '../../lib/isolate';

/** What a ranking view is: the table, the period, the filters, and the language it is shown in. */
export interface RankingView {
  table: Pick<RankingTable, 'kind' | 'indicator' | 'target'>;
  period: MonthIndex;
  /** The region filter's name in the view's language, or null when every region is shown. */
  regionName: string | null;
  /** True when the filter keeps the units without a known region. */
  noRegion: boolean;
  flag: FlagRule | null;
  /** The search that narrows the rows to units whose name matches, if any. */
  query?: string;
  locale: Locale;
  /** `t` of the `rankings` namespace. */
  t: TFunction;
  f: Formatters;
}

/**
 * The ranking's columns in order: rank, unit, rank change, the chosen indicator against its
 * target (when the registry sets one), flags, then the other rate indicators.
 */
export function rankingColumnIds(indicator: RateIndicator, hasTarget: boolean): RankingSortKey[] {
  return [
    'rank',
    'name',
    'change',
    indicator,
    ...(hasTarget ? (['target', 'projection', 'status'] as const) : []),
    'flags',
    ...RATE_INDICATORS.filter((i) => i !== indicator),
  ];
}

const KINDS: Record<RankingSortKey, ColumnKind> = {
  rank: 'rank',
  name: 'unit',
  change: 'rankChange',
  level4Rate: 'percent',
  level34Rate: 'percent',
  onlineDossierRate: 'percent',
  target: 'target',
  projection: 'percent',
  status: 'status',
  flags: 'flags',
};

function label(key: RankingSortKey, view: RankingView): string {
  const { t, f, table } = view;
  switch (key) {
    case 'rank':
      return t('column.rank');
    case 'name':
      return t(`column.name.${table.kind}`);
    case 'change':
      return t('column.change');
    case 'target':
      return t('column.target');
    case 'projection':
      return t('column.projection', { deadline: f.month(table.target?.deadline ?? null) });
    case 'status':
      return t('column.status');
    case 'flags':
      return t('column.flags');
    default:
      return t(`common:indicatorShort.${key}`);
  }
}

export function rankingColumns(view: RankingView): TableColumn[] {
  return rankingColumnIds(view.table.indicator, view.table.target !== null).map((key) => ({
    key,
    label: label(key, view),
    kind: KINDS[key],
  }));
}

/** "Xếp hạng tỉnh, thành phố theo tỷ lệ DVC mức độ 4 — số liệu đến 08/2020", with any filters. */
/**
 * What the rows are filtered by, in words ("vùng Đông Nam Bộ; cảnh báo “Chậm tiến độ”"), or null
 * for the whole ranking: an export of a filtered ranking must not pass for the national one.
 */
export function rankingFilters(view: RankingView): string | null {
  const { t } = view;
  const filters: string[] = [];
  if (view.regionName !== null)
    filters.push(t('captionRegion', { region: isolate(view.regionName) }));
  if (view.noRegion) filters.push(t('captionNoRegion'));
  if (view.flag !== null) filters.push(t('captionFlag', { flag: t(`common:flag.${view.flag}`) }));
  const query = view.query?.trim() ?? '';
  if (query !== '') filters.push(t('captionQuery', { query: isolate(query) }));
  return filters.length > 0 ? filters.join('; ') : null;
}

export function rankingCaption(view: RankingView): string {
  const { t, f, table } = view;
  const filters = rankingFilters(view);
  return t('caption', {
    kind: t(`kindCaption.${table.kind}`),
    indicator: t(`indicatorPhrase.${table.indicator}`),
    filters: filters !== null ? t('captionFilters', { filters }) : '',
    period: f.month(view.period),
  });
}

function cell(row: RankingRow, key: RankingSortKey, locale: Locale): CellValue {
  switch (key) {
    case 'rank':
      return row.rank;
    case 'name':
      return row.unit.name[locale];
    case 'change':
      return row.rankChange;
    case 'target':
      return row.target;
    case 'projection':
      return row.projection;
    case 'status':
      return row.status;
    case 'flags':
      return row.record.flags.map((flag) => flag.rule);
    default:
      return row.rates[key].value;
  }
}

/**
 * The ranking as shown (rows in the on-screen order, after filters) for "show as table" and
 * the CSV / Excel exports: same caption, same columns, the engine's values.
 */
export function rankingsTableSpec(view: RankingView, rows: readonly RankingRow[]): TableSpec {
  // The status column says why a cell is empty (contract §6 ★); exports and "show as table" only.
  const columns = [
    ...rankingColumns(view),
    {
      key: VALUE_STATE_KEY,
      label: view.t('common:valueState.column'),
      kind: 'valueState' as const,
    },
  ];
  return {
    caption: rankingCaption(view),
    columns,
    rows: rows.map((row) => ({
      unitId: row.id,
      cells: Object.fromEntries(
        columns.map((c) => [
          c.key,
          c.key === VALUE_STATE_KEY
            ? { state: row.rates[view.table.indicator].state, fault: row.fault }
            : cell(row, c.key as RankingSortKey, view.locale),
        ]),
      ),
    })),
  };
}
