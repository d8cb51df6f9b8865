import { describe, expect, it } from 'vitest';
import { feedStatusText } from '../../../src/data/feed-status-text';
import { failureStatus } from '../../../src/data/feed-status';
import { FetchFailure } from '../../../src/data/fetch-failure';
import { NATIONAL_FORMAT } from '../../../src/data/schemas/extras-schema';
import { feedParseFailure } from '../../../src/data/load-documents';
import { parseFeed } from '../../../src/data/parse-feed';
import { createI18n } from '../../../src/i18n/i18n';

/** What Data health and the validator say of a feed document rejected whole. */
function said(doc: unknown, locale: 'vi' | 'en'): string {
  const parsed = parseFeed(doc, '01', null);
  if (parsed.ok || parsed.failure !== 'wrong-format') throw new Error('expected a wrong format');
  return feedStatusText(
    failureStatus(feedParseFailure(parsed, 'feeds/01.json')),
    createI18n(locale).t,
  );
}

describe('a feed of the wrong format says what the contract expects, in both languages', () => {
  it('names the format it must declare and the one it found', () => {
    const doc = { format: 'egov-kpi-feed/2', unit: '01', observations: [] };
    expect(said(doc, 'en')).toBe(
      'Wrong format: “format” must be “egov-kpi-feed/1” (found "egov-kpi-feed/2")',
    );
    expect(said(doc, 'vi')).toBe(
      'Sai định dạng: trường “format” phải là “egov-kpi-feed/1” (nhận được "egov-kpi-feed/2")',
    );
  });

  it('says a missing field is missing, in the page’s language', () => {
    const doc = { unit: '01', observations: [] };
    expect(said(doc, 'en')).toBe(
      'Wrong format: “format” is missing (it must be “egov-kpi-feed/1”)',
    );
    expect(said(doc, 'vi')).toBe(
      'Sai định dạng: thiếu trường “format” (phải là “egov-kpi-feed/1”)',
    );
    const noList = { format: 'egov-kpi-feed/1', unit: '01' };
    expect(said(noList, 'vi')).toBe(
      'Sai định dạng: thiếu trường “observations” (danh sách các kỳ báo cáo)',
    );
  });

  it('says the observations must be a list, and a document must be an object', () => {
    const doc = { format: 'egov-kpi-feed/1', unit: '01', observations: { '2020-08': 0.2 } };
    expect(said(doc, 'en')).toBe(
      'Wrong format: “observations” must be a list (found {"2020-08":0.2})',
    );
    expect(said([1, 2], 'en')).toBe(
      'Wrong format: the document is not a JSON object (found [1,2])',
    );
  });
});

describe('another document of the wrong format', () => {
  it('names its own format, not a feed’s', () => {
    const status = failureStatus(
      new FetchFailure('wrong-format', {
        reason: 'format: "x"',
        field: 'format',
        found: '"x"',
        expected: NATIONAL_FORMAT,
      }),
    );
    expect(feedStatusText(status, createI18n('en').t)).toBe(
      `Wrong format: “format” must be “${NATIONAL_FORMAT}” (found "x")`,
    );
  });

  it('keeps the general words where the contract wants no single value', () => {
    const status = failureStatus(
      new FetchFailure('wrong-format', { reason: 'asOf: "x"', field: 'asOf', found: '"x"' }),
    );
    expect(feedStatusText(status, createI18n('vi').t)).toBe('Sai định dạng (asOf: "x")');
  });
});
