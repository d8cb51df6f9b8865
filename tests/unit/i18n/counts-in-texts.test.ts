import { describe, expect, it } from 'vitest';
import { laggardsMessages } from '../../../src/features/laggards/laggards-messages';
import { presentMessages } from '../../../src/features/presentation/present-messages';
import { unitMessages } from '../../../src/features/unit/unit-messages';
import { createI18n } from '../../../src/i18n/i18n';
import { numberPlaceholders } from '../../../src/i18n/number-placeholders';
import { addScreenMessages } from '../../../src/i18n/screen-messages';
import type { Locale } from '../../../src/data/schemas/config-schema';

/** The app's instance with the unit and laggards screens' messages, as those screens have it. */
function withScreens(locale: Locale) {
  const i18n = createI18n(locale);
  addScreenMessages(i18n, unitMessages);
  addScreenMessages(i18n, laggardsMessages);
  addScreenMessages(i18n, presentMessages);
  return i18n;
}

describe('counts inside texts are written as the figures are', () => {
  it.each([
    ['vi', '1.234 nguồn số liệu không tải được — số liệu tính trên 8.788/10.022 đơn vị'],
    ['en', '1,234 feeds unavailable — figures cover 8,788 of 10,022 units'],
  ] as const)('a commune registry with failed feeds (%s)', (locale, text) => {
    const t = createI18n(locale).t;
    expect(t('banner.feedsUnavailable', { count: 1234, covered: 8788, total: 10_022 })).toBe(text);
  });

  it('keeps a count its caller has already formatted', () => {
    const t = withScreens('vi').t;
    expect(t('unit:rank.historyEarlierSame', { units: '10.022', kind: 'xã' })).toBe(
      'Các kỳ trước: mỗi kỳ xếp hạng 10.022 xã',
    );
  });

  it('writes a rank and its field in both languages', () => {
    expect(
      withScreens('vi').t('laggards:rankOfWords', { rank: 8179, of: 10_022, kind: 'xã' }),
    ).toBe('hạng 8.179 trên 10.022 xã');
    expect(withScreens('en').t('laggards:rankOf', { rank: 8179, of: 10_022 })).toBe('8,179/10,022');
  });

  it("writes a laggard's bottom-10 % reason with every count grouped", () => {
    const args = { rank: 9100, ranked: 12_000, k: 1200, value: '1,0%', cutoff: '1,0%' };
    expect(withScreens('vi').t('reason.bottom-decile', args)).toBe(
      'Hạng 9.100/12.000 (1,0%), trong 1.200 đơn vị thấp nhất (ngưỡng 1,0%)',
    );
    expect(
      withScreens('en').t('reason.bottom-decile', { ...args, value: '1.0%', cutoff: '1.0%' }),
    ).toBe('Ranked 9,100 of 12,000 (1.0%), among the 1,200 lowest (cut-off 1.0%)');
  });

  it("writes a mover's two ranks alike on the deck", () => {
    const args = {
      previousRank: 8179,
      rank: 7012,
      previous: '18,9%',
      value: '21,0%',
      change: '+2,1',
    };
    expect(withScreens('vi').t('present:movers.detail', args)).toBe(
      'Hạng 8.179 <to/> 7.012 · 18,9% <to/> 21,0% (+2,1)',
    );
  });

  it('groups the months of a feed that stopped reporting long ago', () => {
    expect(withScreens('en').t('reason.stale-feed-old', { newest: 'Jan 1900', months: 1447 })).toBe(
      'Newest data is Jan 1900, 1,447 months behind',
    );
  });

  it("writes a unit's best rank as its latest one, on its rank history", () => {
    const args = {
      name: 'Xã A',
      rank: '8.179',
      period: '08/2020',
      best: 7012,
      bestPeriod: '03/2020',
    };
    expect(withScreens('vi').t('unit:rank.historySummary', args)).toBe(
      'Thứ hạng của Xã A qua các kỳ: hạng 8.179 vào 08/2020; cao nhất hạng 7.012 vào 03/2020.',
    );
  });
});

describe('a number reaching a placeholder unformatted', () => {
  it('fails a test, naming the placeholder and how it should read', () => {
    const i18n = createI18n('vi');
    i18n.addResource('vi', 'common', 'probe', 'Hạng {{rank}}');
    expect(() => i18n.t('probe', { rank: 8179 })).toThrow('{{rank}} was given the number 8179');
    expect(i18n.t('probe', { rank: '8.179' })).toBe('Hạng 8.179');
  });

  it('fails a test on a format the messages do not have', () => {
    const i18n = createI18n('en');
    i18n.addResource('en', 'common', 'probe', 'Rank {{rank, numbr}}');
    expect(() => i18n.t('probe', { rank: 8179 })).toThrow('{{rank, numbr}}: no such format');
  });

  it('is written as it came outside tests, where nothing is checked', () => {
    const format = numberPlaceholders(false).format;
    expect(format(8179, undefined, 'vi', {})).toBe(8179);
    expect(format(8179, 'number', 'vi', {})).toBe('8.179');
  });
});
