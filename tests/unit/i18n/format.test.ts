import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { m } from '../../support/dataset-builder';

const vi = createFormatters('vi');
const en = createFormatters('en');

describe('formatters follow the locale', () => {
  it('percent with a decimal comma in Vietnamese, a point in English', () => {
    expect(vi.percentTenths(107)).toBe('10,7%');
    expect(en.percentTenths(107)).toBe('10.7%');
    expect(vi.percentTenths(null)).toBe('–');
  });

  it('shows a ratio the way the tables round it (0.2345 → 23,5 %)', () => {
    expect(vi.percent(469 / 2000)).toBe('23,5%');
    expect(en.target(0.3)).toBe('30%');
  });

  it('thousands with a dot in Vietnamese', () => {
    expect(vi.count(6842)).toBe('6.842');
    expect(en.count(6842)).toBe('6,842');
  });

  it('an index at four decimals, in the language', () => {
    expect(vi.index4(2 / 3)).toBe('0,6667');
    expect(en.index4(2 / 3)).toBe('0.6667');
  });

  it('a counter keeps the length of its largest value, padded with figure spaces', () => {
    expect(en.countOf(7, 85)).toBe('\u20077');
    expect(vi.countOf(912, 10_022)).toBe('\u2007\u2007\u2007912');
    expect(vi.countOf(10_022, 10_022)).toBe('10.022');
  });

  it('percentage points, signed, per month', () => {
    expect(vi.points(0.004)).toBe('+0,4\u00a0điểm\u00a0%');
    expect(en.pointsPerMonth(-0.012)).toBe('\u22121.2\u00a0pp/month');
    expect(en.pointsPerMonth(0.037)).toBe('+3.7\u00a0pp/month');
  });

  it('keeps a number with its unit (no-break spaces) and writes a true minus sign', () => {
    expect(vi.pointsPerMonth(0.008)).not.toMatch(/ /);
    expect(vi.percentTenths(-15)).toBe('\u22121,5%');
    expect(vi.count(-3)).toBe('\u22123');
    expect(vi.rankChange(-2)).toBe('▼\u00a02');
  });

  it('rounds slopes, paces and gains half away from zero at one decimal (★ §5)', () => {
    expect(en.pointsPerMonth(0.0045)).toBe('+0.5\u00a0pp/month'); // the double is 0.0044999…
    expect(en.pointsPerMonth(-0.0045)).toBe('\u22120.5\u00a0pp/month');
    expect(en.pointsPerMonth(0.00449)).toBe('+0.4\u00a0pp/month');
    expect(vi.points(0.105 - 0.1)).toBe('+0,5\u00a0điểm\u00a0%'); // 0.00499… as a double
  });

  it('months as 08/2020 in Vietnamese and Aug 2020 in English', () => {
    expect(vi.month(m('2020-08'))).toBe('08/2020');
    expect(en.month(m('2020-08'))).toBe('Aug 2020');
    expect(vi.monthLong(m('2020-08'))).toBe('tháng 8 năm 2020');
  });

  it('date-times in Vietnam time whatever the machine’s zone', () => {
    expect(vi.dateTime('2020-08-25T10:00:00Z')).toBe('25/08/2020 17:00');
    expect(en.dateTime('2020-08-25T17:00:00+07:00')).toBe('25/08/2020 17:00');
    expect(vi.dateTime('not a date')).toBe('–');
  });

  it('rank change with arrows and numbers, not colour alone', () => {
    expect(vi.rankChange(2)).toBe('▲\u00a02');
    expect(vi.rankChange(-1)).toBe('▼\u00a01');
    expect(vi.rankChange(null)).toBe('–');
  });

  it('an unchanged rank is a zero: "=" is the ranked bars’ mark of a tie, and means only that', () => {
    expect(vi.rankChange(0)).toBe('0');
    expect(en.rankChangeParts(0)).toEqual({ arrow: null, rest: '0' });
  });

  it('numbers inside a file’s texts: its decimal mark, no thousands separator, a plain minus', () => {
    const dot = createFormatters('vi', { decimal: '.' });
    const comma = createFormatters('vi', { decimal: ',' });
    expect(dot.percent(0.125)).toBe('12.5%');
    expect(dot.percentTenths(29)).toBe('2.9%');
    expect(dot.target(0.3)).toBe('30%');
    expect(dot.pointsPerMonth(-0.012)).toBe('-1.2\u00a0điểm\u00a0%/tháng');
    expect(dot.points(0.004)).toBe('+0.4\u00a0điểm\u00a0%');
    expect(dot.count(10_022)).toBe('10022');
    expect(comma.percent(0.125)).toBe('12,5%');
    expect(comma.count(10_022)).toBe('10022');
    expect(createFormatters('en', { decimal: '.' }).count(6842)).toBe('6842');
    // Words and months stay the view's.
    expect(dot.month(m('2020-08'))).toBe('08/2020');
  });
});
