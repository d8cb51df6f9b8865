import { describe, expect, it } from 'vitest';
import { laterExtras, publishedUpTo } from '../../../src/domain/later-extras';
import { parsePeriod } from '../../../src/domain/period';

const m = (text: string) => parsePeriod(text)!;
const name = (vi: string) => ({ vi, en: vi });
const figures = [
  { id: 'egdi', name: name('EGDI'), series: [{ period: m('2020-07') }, { period: m('2020-10') }] },
  { id: 'visits', name: name('Visits'), series: [{ period: m('2020-08') }] },
];
const rankings = [
  { id: 'ict-2019', name: name('ICT 2019'), period: m('2019-12') },
  { id: 'ict-2099', name: name('ICT 2099'), period: m('2099-12') },
];

describe('the optional documents against the period under review (contract §2 ★, §7)', () => {
  it('sets aside every point and ranking later than it, in document order', () => {
    expect(laterExtras(figures, rankings, m('2020-08'))).toEqual([
      { document: 'national', id: 'egdi', name: name('EGDI'), period: m('2020-10') },
      { document: 'rankings', id: 'ict-2099', name: name('ICT 2099'), period: m('2099-12') },
    ]);
  });

  it('sets aside nothing before there is a period under review', () => {
    expect(laterExtras(figures, rankings, null)).toEqual([]);
  });

  it('shows the rankings published up to it, the month itself included', () => {
    expect(publishedUpTo(rankings, m('2019-12')).map((r) => r.id)).toEqual(['ict-2019']);
    expect(publishedUpTo(rankings, m('2019-11')).map((r) => r.id)).toEqual([]);
    expect(publishedUpTo(rankings, null).map((r) => r.id)).toEqual(['ict-2019', 'ict-2099']);
  });
});
