import type { TFunction } from 'i18next';
import type { FlagRule } from '../../domain/laggards';
import type { Formatters } from '../../i18n/format';
import {
  plainText,
  type CellValue,
  type TableColumn,
  type ValueStateCell,
} from '../../lib/table-spec';
import { valueStateText } from '../value-state-label';

/**
 * A cell of `column` as text in the view's language; an empty figure is words, never 0 or blank:
 * why the unit has none where its row says (`rowState`, its status column: a failed feed is never
 * "not reported", contract §6), "not reported" otherwise; "–" where the column says an empty cell
 * has nothing to show (`empty: 'none'`) or holds no figure.
 */
export function formatCell(
  { kind, empty }: Pick<TableColumn, 'kind' | 'empty'>,
  value: CellValue,
  t: TFunction,
  f: Formatters,
  rowState?: CellValue,
  /** A fault in a few words ("Sai định dạng"), for a published image; Data health has the rest. */
  brief = false,
): string {
  if (value === null) {
    if (empty === 'none' || (kind !== 'percent' && kind !== 'target' && kind !== 'count')) {
      return '–';
    }
    const state = (rowState as ValueStateCell | null | undefined)?.state;
    return state !== undefined && state !== 'value'
      ? t(`common:valueState.${state}`)
      : t('common:state.notReported');
  }
  switch (kind) {
    case 'percent':
      return f.percent(value as number);
    case 'target':
      return f.target(value as number);
    case 'points':
      return f.points(value as number);
    case 'pointsPerMonth':
      return f.pointsPerMonth(value as number);
    case 'count':
      return f.count(value as number);
    case 'rank':
      return plainText(value);
    case 'rankChange':
      return f.rankChange(value as number);
    case 'month':
      return f.month(value as number);
    case 'status':
      return t(`common:status.${plainText(value)}`);
    case 'flags':
      return (value as readonly FlagRule[]).map((r) => t(`common:flag.${r}`)).join(', ');
    case 'valueState': {
      const cell = value as ValueStateCell;
      return valueStateText(cell.state, cell.fault, t, brief);
    }
    case 'text':
    case 'unit':
      return plainText(value);
  }
}
