import { describe, expect, it } from 'vitest';
import { feedStatusText } from '../../../src/data/feed-status-text';
import { failureStatus } from '../../../src/data/feed-status';
import { FetchFailure } from '../../../src/data/fetch-failure';
import { createI18n } from '../../../src/i18n/i18n';

describe('texts for a hostile feed, in both languages', () => {
  it.each([
    ['vi', 'Quá nhiều kỳ báo cáo không hợp lệ: 120.000'],
    ['en', 'Too many invalid observations: 120,000'],
  ] as const)('a flooded feed says how many observations were invalid (%s)', (locale, text) => {
    const t = createI18n(locale).t;
    const status = failureStatus(new FetchFailure('too-many-invalid', { count: 120_000 }));
    expect(feedStatusText(status, t)).toBe(text);
  });

  it('never prints a 3 MB refused address whole', () => {
    const url = `https://kpi.example.gov.vn/${'a'.repeat(3_000_000)}`;
    const status = failureStatus(new FetchFailure('refused', { url }));
    const text = feedStatusText(status, createI18n('en').t);
    expect(text.length).toBeLessThan(300);
    expect(text.endsWith('…')).toBe(true);
  });
});
