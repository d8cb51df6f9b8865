import type { TFunction } from 'i18next';
import { flagReason } from '../../components/flag-reason';
import type { FlagRule } from '../../domain/laggards';
import type { UnitModel } from '../../domain/model';
import type { MonthIndex } from '../../domain/period';
import type { UnitKind } from '../../domain/types';
import type { Locale } from '../../data/schemas/config-schema';
import type { Formatters } from '../../i18n/format';
import type { TableColumn, TableSpec } from '../../lib/table-spec';
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

/** "Đơn vị chậm tiến độ (tỉnh, thành phố; cảnh báo “Chậm tiến độ”) — số liệu đến 08/2020". */
export function laggardsCaption(view: LaggardsView): string {
  const { t, tCommon, f } = view;
  const filters: string[] = [];
  if (view.kind !== null) filters.push(tCommon(`kind.${view.kind}_plural`));
  if (view.rule !== null) filters.push(t('captionRule', { rule: tCommon(`flag.${view.rule}`) }));
  return t('caption', {
    filters: filters.length > 0 ? t('captionFilters', { filters: filters.join('; ') }) : '',
    period: f.month(view.period),
  });
}

export function laggardsColumns(view: LaggardsView): TableColumn[] {
  const { t } = view;
  return [
    { key: 'unit', label: t('column.unit'), kind: 'unit' },
    { key: 'kind', label: t('column.kind'), kind: 'text' },
    { key: 'level4', label: t('column.level4'), kind: 'percent' },
    { key: 'rank', label: t('column.rank'), kind: 'rank' },
    { key: 'rankedOf', label: t('column.rankedOf'), kind: 'count' },
    { key: 'flags', label: t('column.flags'), kind: 'flags' },
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
 * CSV / Excel exports.
 */
export function laggardsTableSpec(view: LaggardsView, units: readonly UnitModel[]): TableSpec {
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
          reasons: reasonsText(u, view),
          [VALUE_STATE_KEY]: { state: l4.state, fault: u.fault },
        },
      };
    }),
  };
}
