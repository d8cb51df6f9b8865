import { describe, expect, it } from 'vitest';
import { ENTRY_RULES, type EntryReason } from '../../../src/data/entry-reasons';
import { parseNational, parseRankings } from '../../../src/data/parse-extras';
import { parseRegistry } from '../../../src/data/parse-registry';
import { parsePeriod } from '../../../src/domain/period';
import {
  entryReasonText,
  entryReasonsText,
  registryProblemDetail,
} from '../../../src/data/entry-reason-text';
import { dataMessages } from '../../../src/features/data-health/data-messages';
import { createI18n } from '../../../src/i18n/i18n';
import { addScreenMessages } from '../../../src/i18n/screen-messages';
import { nationalDocument, nationalFigure } from '../../support/national-document';

/** The app's words with Data health's namespace, as the screen adds it. */
function wordsOf(locale: 'vi' | 'en') {
  const instance = createI18n(locale);
  addScreenMessages(instance, dataMessages);
  return instance.t;
}

const AS_OF = parsePeriod('2020-08');
/** What Data health says of the first rejected entry of a national.json. */
function saidOfNational(figure: Record<string, unknown>, locale: 'vi' | 'en'): string {
  const result = parseNational(nationalDocument([nationalFigure(figure)]), AS_OF);
  if (!result.ok || result.problems[0] === undefined) throw new Error('expected a rejected entry');
  const month = locale === 'vi' ? '08/2020' : 'Aug 2020';
  return entryReasonsText(result.problems[0].reasons, wordsOf(locale), month);
}

describe('why an entry of national.json or rankings.json was rejected, in both languages', () => {
  it('names the field, the rule with its limit, and the value found', () => {
    const rankZero = { series: [{ period: '2020-07', value: 0 }] };
    expect(saidOfNational(rankZero, 'en')).toBe(
      '“series.value (2020-07)” must be a whole number from 1 to 193 (found 0)',
    );
    expect(saidOfNational(rankZero, 'vi')).toBe(
      '“series.value (2020-07)” phải là số nguyên từ 1 đến 193 (nhận được 0)',
    );
  });

  it('writes the limit as the page writes numbers', () => {
    expect(saidOfNational({ of: 0 }, 'vi')).toBe(
      '“of” phải là số nguyên từ 1 đến 1.000.000.000 (nhận được 0)',
    );
    expect(saidOfNational({ of: 0 }, 'en')).toBe(
      '“of” must be a whole number from 1 to 1,000,000,000 (found 0)',
    );
  });

  it('names the period under review a period must not pass', () => {
    const late = { series: [{ period: '2020-09', value: 3 }] };
    expect(saidOfNational(late, 'vi')).toBe(
      '“series.period” sau kỳ báo cáo của danh mục, 08/2020 (nhận được "2020-09")',
    );
    expect(saidOfNational(late, 'en')).toBe(
      `“series.period” is after the registry's period under review, Aug 2020 (found "2020-09")`,
    );
  });

  it('lists the values allowed, and says a missing field is missing', () => {
    expect(saidOfNational({ unit: 'percent', better: undefined }, 'en')).toBe(
      '“unit” must be one of “rank”, “count”, “ratio”, “index” (found "percent"); “better” is missing',
    );
    expect(saidOfNational({ unit: 'percent', better: undefined }, 'vi')).toBe(
      '“unit” phải là một trong các giá trị “rank”, “count”, “ratio”, “index” (nhận được "percent"); thiếu trường “better”',
    );
  });

  it('words a published ranking’s problems too', () => {
    const result = parseRankings(
      {
        format: 'egov-kpi-rankings/1',
        rankings: [
          {
            id: 'ict',
            name: { vi: 'ICT' },
            kind: 'province',
            period: '2019-12',
            order: ['42', '42'],
          },
        ],
      },
      AS_OF,
    );
    if (!result.ok || result.problems[0] === undefined) throw new Error('expected a problem');
    expect(entryReasonsText(result.problems[0].reasons, wordsOf('vi'), '08/2020')).toBe(
      '“order” liệt kê một đơn vị hơn một lần (nhận được "42")',
    );
  });

  it('words a registry entry the schema refused, and keeps the value of other problems', () => {
    const result = parseRegistry({
      format: 'egov-kpi-registry/1',
      asOf: '2020-08',
      units: [
        { id: '01', kind: 'district', name: { vi: 'Hà Nội' }, feed: 'feeds/01.json' },
        { id: '01', kind: 'province', name: { vi: 'Hà Nội' }, feed: 'feeds/01.json' },
        { id: '01', kind: 'province', name: { vi: 'Hà Nội 2' }, feed: 'feeds/01b.json' },
      ],
      targets: [],
    });
    if (!result.ok) throw new Error('registry refused');
    const [invalid, duplicate] = result.registry.problems;
    if (!invalid || !duplicate) throw new Error('expected two problems');
    expect(registryProblemDetail(invalid, wordsOf('vi'), '08/2020')).toBe(
      '“kind” phải là một trong các giá trị “ministry”, “province” (nhận được "district")',
    );
    expect(registryProblemDetail(invalid, wordsOf('en'), 'Aug 2020')).toBe(
      '“kind” must be one of “ministry”, “province” (found "district")',
    );
    expect(duplicate.problem).toBe('duplicate-id');
    expect(registryProblemDetail(duplicate, wordsOf('en'), 'Aug 2020')).toBe('01');
  });

  it.each(['vi', 'en'] as const)('has words in %s for every rule', (locale) => {
    const t = wordsOf(locale);
    for (const rule of ENTRY_RULES) {
      const reason: EntryReason = { rule, field: 'f', found: '"x"', limit: 3, allowed: ['a'] };
      const text = entryReasonText(reason, t, 'M');
      expect(text, rule).not.toContain('entryRule');
      expect(text, rule).toContain('“f”');
      expect(text, rule).not.toMatch(/\{\{|undefined/);
    }
  });
});
