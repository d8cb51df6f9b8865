import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/i18n';
import { addScreenMessages, type ScreenMessages } from '../../../src/i18n/screen-messages';

const screen: ScreenMessages = {
  ns: 'screen',
  vi: { title: 'Xếp hạng', count: '{{n, number}} đơn vị' },
  en: { title: 'Rankings', count: '{{n, number}} units' },
};

describe("a later screen's messages", () => {
  it('are there in both languages once added, with the app’s number format', () => {
    const i18n = createI18n('vi');
    expect(i18n.t('screen:title')).toBe('title');
    addScreenMessages(i18n, screen);
    expect(i18n.t('screen:title', { lng: 'vi' })).toBe('Xếp hạng');
    expect(i18n.t('screen:title', { lng: 'en' })).toBe('Rankings');
    expect(i18n.t('screen:count', { lng: 'vi', n: 10_022 })).toBe('10.022 đơn vị');
    expect(i18n.t('screen:count', { lng: 'en', n: 10_022 })).toBe('10,022 units');
  });

  it('are added once: a screen opened again leaves them as they are', () => {
    const i18n = createI18n('en');
    addScreenMessages(i18n, screen);
    addScreenMessages(i18n, { ...screen, en: { title: 'Other' } });
    expect(i18n.t('screen:title', { lng: 'en' })).toBe('Rankings');
  });

  it('are not in the first screen’s instance until added', () => {
    const i18n = createI18n('en');
    for (const ns of ['rankings', 'unit', 'laggards', 'data', 'present'])
      expect(i18n.hasResourceBundle('en', ns)).toBe(false);
    expect(i18n.hasResourceBundle('en', 'overview')).toBe(true);
  });

  it('added to one instance are not in another (a test’s, the app’s)', () => {
    addScreenMessages(createI18n('vi'), screen);
    expect(createI18n('vi').hasResourceBundle('vi', 'screen')).toBe(false);
    expect(createI18n('en').t('screen:title', { lng: 'en' })).toBe('title');
  });
});
