import { periodParts, type MonthIndex } from '../domain/period';
import { signedTenths, tenthsOfFraction } from '../domain/precision';
import type { Locale } from '../data/schemas/config-schema';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
/** Government times are Vietnam time, whatever the viewer's machine says. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const FIGURE_SPACE = '\u2007';

export interface Formatters {
  locale: Locale;
  /** A value at the precision shown (tenths of a percent, from the engine): "10,7 %". */
  percentTenths(tenths: number | null): string;
  /** A fraction (projections, flag values), same rounding as the tables: "12,6 %". */
  percent(fraction: number | null): string;
  /** A target: "30 %", or "12,5 %" when it has a decimal. */
  target(fraction: number | null): string;
  /** A difference of fractions in percentage points: "+0,4 điểm %". */
  points(fraction: number | null, signed?: boolean): string;
  /** Percentage points per month: "+1,2 điểm %/tháng". */
  pointsPerMonth(fraction: number | null): string;
  count(n: number | null): string;
  /** An index at four decimals: "0,6667" / "0.6667". */
  index4(value: number): string;
  /**
   * A count that changes in place ("  7" of "85"): padded with figure spaces to the length of
   * `widest`, so that in tabular figures it keeps its width as it grows.
   */
  countOf(n: number, widest: number): string;
  /** "08/2020" / "Aug 2020". */
  month(period: MonthIndex | null): string;
  /** "tháng 8 năm 2020" / "August 2020". */
  monthLong(period: MonthIndex | null): string;
  /** "25/08/2020 17:00". */
  dateTime(iso: string | number | null): string;
  /** "▲ 2" / "▼ 1" / "0" (same rank) / "–" (no rank to compare). */
  rankChange(change: number | null): string;
  /** The same in parts, for a screen that draws the arrow: { arrow: 'up', rest: " 2" }. */
  rankChangeParts(change: number | null): { arrow: 'up' | 'down' | null; rest: string };
}

const DASH = '–';
/** The triangles `rankChange` writes: exports that draw them find them by these. */
export const RANK_ARROW = { up: '▲', down: '▼' } as const;
/** A number and its unit stay on one line ("+0,8 điểm %/tháng" never splits). */
const NBSP = '\u00a0';
/** Shown negative numbers use the true minus sign, not the hyphen Intl writes. */
const MINUS = '\u2212';

function withMinus(text: string): string {
  return text.replace(/-/g, MINUS);
}

/**
 * How numbers are written inside the texts of a file (a laggard's reasons in a CSV): with the
 * file's decimal mark, no thousands separator and a plain hyphen-minus, as the file's own number
 * columns are (export/number-text.ts). Words, units and months stay the view's.
 */
export interface FileNumbers {
  decimal: '.' | ',';
}

/** The view's formatters; with `file`, their numbers written as that file writes numbers. */
export function createFormatters(locale: Locale, file?: FileNumbers): Formatters {
  const tag = INTL_LOCALE[locale];
  const numberFormat = (options: Intl.NumberFormatOptions): ((n: number) => string) => {
    const intl = new Intl.NumberFormat(tag, options);
    if (!file) return (n) => intl.format(n);
    const written: Partial<Record<Intl.NumberFormatPartTypes, string>> = {
      group: '',
      decimal: file.decimal,
      minusSign: '-',
    };
    return (n) =>
      intl
        .formatToParts(n)
        .map((part) => written[part.type] ?? part.value)
        .join('');
  };
  const shownMinus = file ? (text: string) => text : withMinus;
  const pct1 = numberFormat({
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const pctFlexible = numberFormat({
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const num1 = numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const num1Signed = numberFormat({
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const int = numberFormat({ maximumFractionDigits: 0 });
  const fixed4 = numberFormat({ minimumFractionDigits: 4, maximumFractionDigits: 4 });
  const monthShort = new Intl.DateTimeFormat(tag, {
    month: locale === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthLongFmt = new Intl.DateTimeFormat(tag, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dateTimeFmt = new Intl.DateTimeFormat(tag, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: TIME_ZONE,
  });
  const pointsUnit = locale === 'vi' ? `${NBSP}điểm${NBSP}%` : `${NBSP}pp`;
  const perMonth = locale === 'vi' ? '/tháng' : '/month';
  const part = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  // A screen names the same few dozen months many times over (axes, selects, captions), and
  // formatToParts is among the slower calls of a first render.
  const monthTexts = new Map<MonthIndex, string>();
  const toDate = (period: MonthIndex) => {
    const { year, month } = periodParts(period);
    return new Date(Date.UTC(year, month - 1, 1));
  };

  const rankChangeParts = (change: number | null) => {
    if (change === null) return { arrow: null, rest: DASH };
    // Not "=": the ranked bars mark a tie with it ("2="), and one sign must not mean two things.
    if (change === 0) return { arrow: null, rest: '0' };
    return {
      arrow: change > 0 ? ('up' as const) : ('down' as const),
      rest: `${NBSP}${int(Math.abs(change))}`,
    };
  };

  return {
    locale,
    percentTenths: (tenths) => (tenths === null ? DASH : shownMinus(pct1(tenths / 1000))),
    percent: (fraction) =>
      fraction === null ? DASH : shownMinus(pct1(tenthsOfFraction(fraction) / 1000)),
    target: (fraction) =>
      fraction === null ? DASH : pctFlexible(tenthsOfFraction(fraction) / 1000),
    points: (fraction, signed = true) =>
      fraction === null
        ? DASH
        : `${shownMinus((signed ? num1Signed : num1)(signedTenths(fraction) / 10))}${pointsUnit}`,
    pointsPerMonth: (fraction) =>
      fraction === null
        ? DASH
        : `${shownMinus(num1Signed(signedTenths(fraction) / 10))}${pointsUnit}${perMonth}`,
    count: (n) => (n === null ? DASH : shownMinus(int(n))),
    index4: (value) => fixed4(value),
    countOf: (n, widest) => shownMinus(int(n)).padStart(int(widest).length, FIGURE_SPACE),
    // Vietnamese official style is "08/2020"; Intl would write "tháng 08, 2020".
    month: (period) => {
      if (period === null) return DASH;
      let text = monthTexts.get(period);
      if (text === undefined) {
        const parts = monthShort.formatToParts(toDate(period));
        text =
          locale === 'vi'
            ? `${part(parts, 'month')}/${part(parts, 'year')}`
            : `${part(parts, 'month')} ${part(parts, 'year')}`;
        monthTexts.set(period, text);
      }
      return text;
    },
    monthLong: (period) => (period === null ? DASH : monthLongFmt.format(toDate(period))),
    dateTime: (iso) => {
      if (iso === null) return DASH;
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return DASH;
      const parts = dateTimeFmt.formatToParts(date);
      const [d, mo, y, h, mi] = (['day', 'month', 'year', 'hour', 'minute'] as const).map((t) =>
        part(parts, t),
      );
      return `${d}/${mo}/${y} ${h}:${mi}`;
    },
    rankChange: (change) => {
      const { arrow, rest } = rankChangeParts(change);
      return `${arrow === null ? '' : RANK_ARROW[arrow]}${rest}`;
    },
    rankChangeParts,
  };
}
