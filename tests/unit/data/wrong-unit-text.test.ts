import { describe, expect, it } from 'vitest';
import { feedStatusText } from '../../../src/data/feed-status-text';
import { failureStatus } from '../../../src/data/feed-status';
import { feedParseFailure } from '../../../src/data/load-documents';
import { failureOf, settle } from '../../../src/data/outcome';
import { parseFeed } from '../../../src/data/parse-feed';
import { createI18n } from '../../../src/i18n/i18n';

const feed = (unit: unknown) => ({ format: 'egov-kpi-feed/1', unit, observations: [] });

/** What Data health and the validator say of a feed of the wrong unit, after the worker's crossing. */
async function said(doc: unknown, locale: 'vi' | 'en'): Promise<string> {
  const parsed = parseFeed(doc, '42', null);
  if (parsed.ok || parsed.failure !== 'wrong-unit') throw new Error('expected a wrong unit');
  const crossed = await settle(Promise.reject(feedParseFailure(parsed, 'feeds/42.json')));
  if (crossed.ok) throw new Error('expected a failure');
  return feedStatusText(failureStatus(failureOf(crossed)), createI18n(locale).t);
}

describe('a feed whose unit is not text (contract §3)', () => {
  it('is rejected whole as the wrong unit, as the contract says of any unit that differs', () => {
    expect(parseFeed(feed(42), '42', null)).toMatchObject({
      ok: false,
      failure: 'wrong-unit',
      found: '42',
    });
  });

  it('says the unit id must be text, and what it found, in both languages', async () => {
    expect(await said(feed(42), 'en')).toBe(
      "Wrong unit: “unit” must be the unit's id as text, in double quotes (the feed has 42, which is not text)",
    );
    expect(await said(feed(42), 'vi')).toBe(
      'Sai đơn vị: “unit” phải là mã đơn vị dạng chuỗi ký tự, đặt trong dấu ngoặc kép (tệp ghi 42, không phải chuỗi ký tự)',
    );
    expect(await said(feed(null), 'en')).toContain('(the feed has null, which is not text)');
  });

  it('says a missing unit is missing, and keeps the words for another unit’s id', async () => {
    expect(await said({ format: 'egov-kpi-feed/1', observations: [] }, 'en')).toBe(
      "Wrong unit: “unit” is missing (it must be the unit's id, in double quotes)",
    );
    expect(await said(feed('24'), 'en')).toBe('Wrong unit (the feed says "24")');
    expect(await said(feed('24'), 'vi')).toBe('Sai đơn vị (tệp ghi "24")');
  });
});
