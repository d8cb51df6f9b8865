import { describe, expect, it } from 'vitest';
import { parseDeckUrl, patchDeckUrl } from '../../../src/features/presentation/deck-url';

describe('deck URL', () => {
  it('reads the slide, the picked units and the period', () => {
    const url = parseDeckUrl(
      new URLSearchParams('lang=en&period=2020-08&slide=3&pick=42&pick=MOF&pick=42&pick='),
    );
    expect(url).toEqual({ slide: 3, pick: ['42', 'MOF'], period: '2020-08' });
  });

  it('ignores a slide that is not a positive whole number', () => {
    for (const slide of ['0', '-2', '1.5', 'abc', '', '01']) {
      expect(parseDeckUrl(new URLSearchParams({ slide })).slide).toBeNull();
    }
    expect(parseDeckUrl(new URLSearchParams()).slide).toBeNull();
  });

  it('patches its own parts and keeps the rest', () => {
    const next = patchDeckUrl(new URLSearchParams('lang=en&pick=42&slide=2'), {
      slide: 5,
      period: '2020-08',
      pick: ['42', 'MOF'],
    });
    expect(next.toString()).toBe('lang=en&slide=5&period=2020-08&pick=42&pick=MOF');
    expect(patchDeckUrl(next, { pick: [] }).toString()).toBe('lang=en&slide=5&period=2020-08');
  });
});
