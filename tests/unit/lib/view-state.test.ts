import { describe, expect, it } from 'vitest';
import {
  EMPTY_VIEW,
  parseViewState,
  serializeViewState,
  withView,
} from '../../../src/lib/view-state';

describe('view state in the URL', () => {
  it('round-trips every field', () => {
    const view = {
      lang: 'en' as const,
      period: '2020-02',
      indicator: 'onlineDossierRate' as const,
      kind: 'ministry' as const,
      region: 'mekong-delta',
      sort: 'rank',
      dir: 'desc' as const,
      flag: 'stalled' as const,
      feed: 'failed' as const,
      q: 'ha tinh',
      show: 'chart' as const,
      cmp: 'national,region:north,42,01',
      unit: '42',
    };
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });

  it('ignores values it does not know instead of passing them on', () => {
    const view = parseViewState(
      new URLSearchParams('lang=fr&indicator=evil&kind=x&dir=up&flag=<b>&feed=all&show=pie'),
    );
    expect(view).toEqual(EMPTY_VIEW);
  });

  it('writes keys in one order so equal views have equal URLs', () => {
    const a = withView(new URLSearchParams('period=2020-08&lang=en'), {});
    const b = withView(new URLSearchParams('lang=en&period=2020-08'), {});
    expect(a.toString()).toBe('lang=en&period=2020-08');
    expect(b.toString()).toBe(a.toString());
  });

  it('patches one field and keeps the rest; null removes', () => {
    const search = new URLSearchParams('lang=en&period=2020-08&sort=rank');
    expect(withView(search, { period: '2020-02', sort: null }).toString()).toBe(
      'lang=en&period=2020-02',
    );
  });
});
