import { describe, expect, it } from 'vitest';
import { registryProblemDetail } from '../../../src/data/entry-reason-text';
import { parseRegistry } from '../../../src/data/parse-registry';
import { createI18n } from '../../../src/i18n/i18n';
import { dataMessages } from '../../../src/features/data-health/data-messages';
import { addScreenMessages } from '../../../src/i18n/screen-messages';

function t(locale: 'vi' | 'en') {
  const i18n = createI18n(locale);
  addScreenMessages(i18n, dataMessages);
  return i18n.t;
}

/** The registry problem of a single target, as Data health and the validator word it. */
function targetProblem(value: unknown, locale: 'vi' | 'en'): string {
  const parsed = parseRegistry({
    format: 'egov-kpi-registry/1',
    units: [],
    targets: [{ indicator: 'level4Rate', value, deadline: '2020-12' }],
  });
  if (!parsed.ok) throw new Error('expected a registry');
  const [problem] = parsed.registry.problems;
  if (!problem) throw new Error('expected a problem');
  return registryProblemDetail(problem, t(locale), '');
}

describe('a target whose value is not a fraction (contract §2: 0.30 for 30 %)', () => {
  it('is left out, its reason the fraction rule with the value found', () => {
    const parsed = parseRegistry({
      format: 'egov-kpi-registry/1',
      units: [],
      targets: [{ indicator: 'level4Rate', value: 30, deadline: '2020-12' }],
    });
    expect(parsed.ok && parsed.registry.targets).toEqual([]);
    expect(parsed.ok && parsed.registry.problems).toEqual([
      {
        section: 'targets',
        index: 0,
        id: '"level4Rate"',
        problem: 'invalid',
        reasons: [{ rule: 'ratio', field: 'value', found: '30' }],
      },
    ]);
  });

  it('says the valid range, with an example, in both languages', () => {
    expect(targetProblem(30, 'en')).toBe(
      '“value” must be a fraction from 0 to 1, such as 0.3 for 30 % (found 30)',
    );
    expect(targetProblem(30, 'vi')).toBe(
      '“value” phải là tỷ lệ dạng số thập phân từ 0 đến 1, ví dụ ghi 0.3 cho 30 % (nhận được 30)',
    );
    expect(targetProblem('30%', 'en')).toContain('must be a fraction from 0 to 1');
    expect(targetProblem(-0.1, 'en')).toContain('(found -0.1)');
  });

  it('still says a missing value is missing', () => {
    expect(targetProblem(undefined, 'en')).toBe('“value” is missing');
  });
});
