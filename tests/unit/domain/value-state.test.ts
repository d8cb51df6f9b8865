import { describe, expect, it } from 'vitest';
import { absenceOf, legendAbsences, valueStateOf } from '../../../src/domain/value-state';

describe('value state (contract §6 ★)', () => {
  it('a kept value wins; a failed feed comes before "not reported" and "no services"', () => {
    expect(valueStateOf('failed', true, true)).toBe('value'); // a saved copy's value
    expect(valueStateOf('failed', true, false)).toBe('feed-failed');
    expect(valueStateOf('failed', false, false)).toBe('feed-failed');
    expect(valueStateOf('loading', false, false)).toBe('loading');
    expect(valueStateOf('loaded', false, false)).toBe('not-reported');
    expect(valueStateOf('loaded', true, false)).toBe('no-services');
  });

  it('the printed map reads each absence from the state alone, one look per state', () => {
    expect(absenceOf('value')).toBeNull();
    expect(absenceOf('feed-failed')).toBe('failed');
    expect(absenceOf('loading')).toBe('loading');
    expect(absenceOf('not-reported')).toBe('silent');
    expect(absenceOf('no-services')).toBe('none');
  });

  it('a legend lists the three absences always, "loading" only while a tile has it', () => {
    expect(legendAbsences([null, 'none'])).toEqual(['failed', 'silent', 'none']);
    expect(legendAbsences([])).toEqual(['failed', 'silent', 'none']);
    expect(legendAbsences(['silent', 'loading'])).toEqual(['failed', 'silent', 'none', 'loading']);
  });
});
