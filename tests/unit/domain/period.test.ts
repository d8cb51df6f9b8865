import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod } from '../../../src/domain/period';

describe('parsePeriod', () => {
  it('reads "YYYY-MM" as year × 12 + month − 1', () => {
    expect(parsePeriod('2020-07')).toBe(2020 * 12 + 6);
    expect(parsePeriod('2020-01')).toBe(2020 * 12);
    expect(parsePeriod('2020-12')).toBe(2020 * 12 + 11);
    expect(parsePeriod('0000-01')).toBe(0);
    expect(parsePeriod('9999-12')).toBe(9999 * 12 + 11);
  });

  it('refuses anything else: other shapes, months outside 1–12, other digits, spaces, non-strings', () => {
    const refused: unknown[] = [
      '2020-7',
      '2020-013',
      '20200-01',
      '202-01',
      '2020-00',
      '2020-13',
      '2020/07',
      '2020_07',
      ' 2020-07',
      '2020-07 ',
      '2020-07\n',
      '2O20-07',
      '２０２０-07',
      '٢٠٢٠-07',
      '2020-0a',
      '2020--7',
      '+020-07',
      '-020-07',
      '',
      202007,
      null,
      undefined,
      { period: '2020-07' },
    ];
    for (const text of refused) expect(parsePeriod(text), String(text)).toBeNull();
  });

  it('reads back what formatPeriod writes', () => {
    for (const index of [0, 1, 24_245, 24_251, 119_999]) {
      expect(parsePeriod(formatPeriod(index))).toBe(index);
    }
  });
});
