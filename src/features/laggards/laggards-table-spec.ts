import type { TFunction } from 'i18next';
import { flagReason } from '../../components/flag-reason';
import type { FlagRule } from '../../domain/laggards';
import type { UnitModel } from '../../domain/model';
import type { MonthIndex } from '../../domain/period';
import type { UnitKind } from '../../domain/types';
import type { Locale } from '../../data/schemas/config-schema';
import type { Formatters } from '../../i18n/format';
import type { ExportFileName, TableColumn, TableSpec } from '../../lib/table-spec';
import { VALUE_STATE_KEY } from '../../export/table-rows';

/** What a laggards view is: the period, the filters, and the language it is shown in. */
export interface LaggardsView {
  period: MonthIndex;
  rule: FlagRule | null;
  kind: UnitKind | null;
  locale: Locale;
  /** `t` of the `laggards` namespace. */
  t: TFunction;
  /** `t` of the `common` namespace (flag names and reasons). */
  tCommon: TFunction;
  f: Formatters;
}

function ruleFilter(view: LaggardsView): string | null {
  return view.rule === null
    ? null
    : view.t('captionRule', { rule: view.tCommon(`flag.${view.rule}`) });
}

/**
 * What the list is filtered by, in words ("tỉnh, thành phố; cảnh báo “Chậm tiến độ”"), or null
 * for every laggard: an export of a filtered list must not pass for the whole one.
 */
export function laggardsFilters(view: LaggardsView): string | null {
  const filters = [
    view.kind === null ? null : view.tCommon(`kind.${view.kind}_plural`),
    ruleFilter(view),
  ].filter((part) => part !== null);
  return filters.length > 0 ? filters.join('; ') : null;
}

/** " (tỉnh, thành phố; cảnh báo “Chậm tiến độ”)", or nothing without filters. */
function filtersSuffix(view: LaggardsView): string {
  const filters = laggardsFilters(view);
  return filters === null ? '' : view.t('captionFilters', { filters });
}

/** "Đơn vị chậm tiến độ (tỉnh, thành phố; cảnh báo “Chậm tiến độ”) — số liệu đến 08/2020". */
export function laggardsCaption(view: LaggardsView): string {
  return view.t('caption', { filters: filtersSuffix(view), period: view.f.month(view.period) });
}

/** An export's title: "Đơn vị chậm tiến độ (tỉnh, thành phố; cảnh báo “Chậm tiến độ”)". */
export function laggardsTitle(view: LaggardsView): string {
  return `${view.t('title')}${filtersSuffix(view)}`;
}

/**
 * An export's file name: the kind as its scope and the rule as its filter, as a ranking's
 * (`cham-tien-do_tinh_canh-bao-cham-tien-do_2020-08.csv`).
 */
export function laggardsFileName(view: LaggardsView): ExportFileName {
  const rule = ruleFilter(view);
  return {
    subject: { vi: 'Chậm tiến độ', en: 'Laggards' },
    ...(view.kind !== null && { scope: view.kind }),
    ...(rule !== null && { filter: rule }),
  };
}

export function laggardsColumns(view: LaggardsView): TableColumn[] {
  const { t } = view;
  return [
    { key: 'unit', label: t('column.unit'), kind: 'unit' },
    { key: 'kind', label: t('column.kind'), kind: 'text' },
    { key: 'level4', label: t('column.level4'), kind: 'percent' },
    { key: 'rank', label: t('column.rank'), kind: 'rank' },
    { key: 'rankedOf', label: t('column.rankedOf'), kind: 'count' },
    // The reasons name every flag: a table image writes them there only.
    { key: 'flags', label: t('column.flags'), kind: 'flags', repeatedIn: 'reasons' },
    { key: 'reasons', label: t('column.reasons'), kind: 'text' },
  ];
}

/** Each flag's name and its reason in numbers, in the view's language. */
export function reasonsText(u: UnitModel, view: LaggardsView): string {
  return u.flags
    .map(
      (flag) => `${view.tCommon(`flag.${flag.rule}`)}: ${flagReason(flag, view.tCommon, view.f)}`,
    )
    .join('; ');
}

/**
 * The laggards as shown (the engine's severity order, after filters) for "show as table" and the
 * CSV / Excel exports. A file's formatters (`file`) write the numbers inside the reasons as that
 * file writes its numbers ("12.5%" in the standard CSV).
 */
export function laggardsTableSpec(
  view: LaggardsView,
  units: readonly UnitModel[],
  file?: Formatters,
): TableSpec {
  const reasonsView = file ? { ...view, f: file } : view;
  return {
    caption: laggardsCaption(view),
    // The status column says why a value is missing (contract §6 ★): exports and "show as table".
    columns: [
      ...laggardsColumns(view),
      { key: VALUE_STATE_KEY, label: view.t('common:valueState.column'), kind: 'valueState' },
    ],
    rows: units.map((u) => {
      const l4 = u.indicators.level4Rate;
      return {
        unitId: u.unit.id,
        cells: {
          unit: u.unit.name[view.locale],
          kind: view.t(`kindOne.${u.unit.kind}`),
          level4: l4.value,
          rank: l4.rank,
          rankedOf: l4.rank === null ? null : l4.rankedOf,
          flags: u.flags.map((flag) => flag.rule),
          reasons: reasonsText(u, reasonsView),
          [VALUE_STATE_KEY]: { state: l4.state, fault: u.fault },
        },
      };
    }),
  };
}
