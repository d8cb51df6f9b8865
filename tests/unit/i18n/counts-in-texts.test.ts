import { describe, expect, it } from 'vitest';
import { laggardsMessages } from '../../../src/features/laggards/laggards-messages';
import { unitMessages } from '../../../src/features/unit/unit-messages';
import { createI18n } from '../../../src/i18n/i18n';
import { addScreenMessages } from '../../../src/i18n/screen-messages';
import type { Locale } from '../../../src/data/schemas/config-schema';

/** The app's instance with the unit and laggards screens' messages, as those screens have it. */
function withScreens(locale: Locale) {
  const i18n = createI18n(locale);
  addScreenMessages(i18n, unitMessages);
  addScreenMessages(i18n, laggardsMessages);
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
});
