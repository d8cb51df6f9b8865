import { describe, expect, it } from 'vitest';
import { flagRuleBits } from '../../../src/domain/laggards';
import type { RankingRow } from '../../../src/domain/ranking-rows';
import {
  compareNumbers,
  FIRST_DIR,
  nameComparator,
  nextSort,
  prepareNameOrder,
  rankingSortValue,
  resolveSort,
  sortRankingRows,
  type RankingSort,
} from '../../../src/domain/ranking-sort';

describe('the sort a URL asks for', () => {
  it('defaults to rank, best first', () => {
    expect(resolveSort(null, null)).toEqual({ key: 'rank', dir: 'asc' });
    expect(resolveSort(null, 'desc')).toEqual({ key: 'rank', dir: 'asc' });
  });

  it('takes a known column, in its first direction unless the URL gives one', () => {
    expect(resolveSort('level34Rate', null)).toEqual({ key: 'level34Rate', dir: 'desc' });
    expect(resolveSort('level34Rate', 'asc')).toEqual({ key: 'level34Rate', dir: 'asc' });
    expect(resolveSort('name', null)).toEqual({ key: 'name', dir: 'asc' });
    expect(resolveSort('status', null)).toEqual({ key: 'status', dir: 'asc' });
  });

  it('ignores a column it does not know', () => {
    expect(resolveSort('population', 'desc')).toEqual({ key: 'rank', dir: 'asc' });
  });
});

describe('clicking a header', () => {
  it('flips the sorted column', () => {
    expect(nextSort({ key: 'rank', dir: 'asc' }, 'rank')).toEqual({ key: 'rank', dir: 'desc' });
    expect(nextSort({ key: 'rank', dir: 'desc' }, 'rank')).toEqual({ key: 'rank', dir: 'asc' });
  });

  it('starts another column in its first direction', () => {
    expect(nextSort({ key: 'rank', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'desc' }, 'change')).toEqual({
      key: 'change',
      dir: 'desc',
    });
    expect(FIRST_DIR.level4Rate).toBe('desc');
    expect(FIRST_DIR.flags).toBe('desc');
  });
});

function row(patch: Partial<RankingRow>): RankingRow {
  return {
    id: 'X',
    unit: { id: 'X', kind: 'province', name: { vi: 'X', en: 'X' }, region: null },
    feed: 'loaded',
    fault: null,
    regionKey: 'none',
    rank: null,
    rankChange: null,
    move: null,
    rates: {
      level4Rate: { value: null, tenths: null, reported: false, state: 'not-reported' },
      level34Rate: { value: null, tenths: null, reported: false, state: 'not-reported' },
      onlineDossierRate: { value: null, tenths: null, reported: false, state: 'not-reported' },
    },
    target: null,
    projection: null,
    projectionTenths: null,
    status: null,
    flagRules: 0,
    record: { flags: [] } as unknown as RankingRow['record'],
    ...patch,
  };
}

describe('what a row sorts by', () => {
  it('sorts values at the precision shown (tenths), so 23.41 % and 23.4 % tie', () => {
    const a = row({
      rates: {
        level4Rate: { value: 0.2341, tenths: 234, reported: true, state: 'value' },
        level34Rate: { value: null, tenths: null, reported: true, state: 'no-services' },
        onlineDossierRate: { value: 0.5, tenths: 500, reported: true, state: 'value' },
      },
    });
    expect(rankingSortValue(a, 'level4Rate')).toBe(234);
    expect(rankingSortValue(a, 'onlineDossierRate')).toBe(500);
    expect(rankingSortValue(a, 'level34Rate')).toBeNull();
  });

  it('has no number for what is missing: unranked, no change, no projection, no target', () => {
    const r = row({});
    for (const key of ['rank', 'change', 'projection', 'target', 'status'] as const) {
      expect(rankingSortValue(r, key)).toBeNull();
    }
  });

  it('orders statuses from the worst, and counts flags', () => {
    const flagRules = flagRuleBits(['no-soc', 'stale-feed']);
    const off = rankingSortValue(row({ status: 'off-track' }), 'status')!;
    const on = rankingSortValue(row({ status: 'on-track' }), 'status')!;
    const met = rankingSortValue(row({ status: 'met' }), 'status')!;
    expect(off).toBeLessThan(on);
    expect(on).toBeLessThan(met);
    expect(rankingSortValue(row({ status: 'unknown' }), 'status')).toBeNull();
    expect(rankingSortValue(row({ flagRules }), 'flags')).toBe(2);
    expect(rankingSortValue(row({}), 'flags')).toBe(0);
  });

  it('takes rank, change, target and projection as they are', () => {
    const r = row({ rank: 7, rankChange: -2, target: 0.3, projectionTenths: 281 });
    expect(rankingSortValue(r, 'rank')).toBe(7);
    expect(rankingSortValue(r, 'change')).toBe(-2);
    expect(rankingSortValue(r, 'target')).toBe(0.3);
    expect(rankingSortValue(r, 'projection')).toBe(281);
  });
});

describe('comparators', () => {
  it('compares numbers ascending', () => {
    expect([3, -1, 2, 2, 0].sort(compareNumbers)).toEqual([-1, 0, 2, 2, 3]);
    expect(compareNumbers(234, 234)).toBe(0);
  });

  it('collates Vietnamese names as Vietnamese: a < ă < â, d < đ', () => {
    const names = ['Điện Biên', 'Bắc Giang', 'Đà Nẵng', 'Cà Mau', 'Bạc Liêu', 'Bà Rịa - Vũng Tàu'];
    expect([...names].sort(nameComparator('vi'))).toEqual([
      'Bà Rịa - Vũng Tàu',
      'Bạc Liêu',
      'Bắc Giang',
      'Cà Mau',
      'Đà Nẵng',
      'Điện Biên',
    ]);
  });

  it('collates English names as English', () => {
    expect(['Da Nang', 'Bac Lieu', 'Bac Giang'].sort(nameComparator('en'))).toEqual([
      'Bac Giang',
      'Bac Lieu',
      'Da Nang',
    ]);
  });
});

describe('the rows in the table’s order', () => {
  const named = (id: string, vi: string, en: string, rank: number | null) =>
    row({ id, unit: { id, kind: 'province', name: { vi, en }, region: null }, rank });
  const rows = [
    named('b', 'Đà Nẵng', 'Da Nang', 2),
    named('n', 'Nam Định', 'Nam Dinh', null),
    named('a', 'Điện Biên', 'Dien Bien', 1),
    named('c', 'Cà Mau', 'Ca Mau', 2),
  ];
  const ids = (list: readonly RankingRow[]) => list.map((r) => r.id);
  const sortedIds = (sort: RankingSort, locale: 'vi' | 'en') =>
    ids(sortRankingRows(rows, sort, locale));

  it('by rank, ties by name in the language, the unranked last in either direction', () => {
    expect(sortedIds({ key: 'rank', dir: 'asc' }, 'vi')).toEqual(['a', 'c', 'b', 'n']);
    expect(sortedIds({ key: 'rank', dir: 'desc' }, 'vi')).toEqual(['c', 'b', 'a', 'n']);
  });

  it('by name in each language’s collation', () => {
    expect(sortedIds({ key: 'name', dir: 'asc' }, 'vi')).toEqual(['c', 'b', 'a', 'n']);
    expect(sortedIds({ key: 'name', dir: 'desc' }, 'en')).toEqual(['n', 'a', 'b', 'c']);
  });

  it('is made once per list of rows, sort and language, and leaves the rows as they were', () => {
    const order = sortRankingRows(rows, { key: 'rank', dir: 'asc' }, 'vi');
    expect(sortRankingRows(rows, { key: 'rank', dir: 'asc' }, 'vi')).toBe(order);
    expect(sortRankingRows(rows, { key: 'rank', dir: 'asc' }, 'en')).not.toBe(order);
    expect(sortRankingRows([...rows], { key: 'rank', dir: 'asc' }, 'vi')).not.toBe(order);
    expect(ids(rows)).toEqual(['b', 'n', 'a', 'c']);
  });
});

describe('the name order made a slice at a time', () => {
  // "Hà Nội" twice, composed and decomposed: they collate alike, so their order is the list's.
  const NAMES = [
    'Đà Nẵng',
    'Bắc Giang',
    'Ha\u0300 Nô\u0323i',
    'Bạc Liêu',
    'Dak Lak',
    'An Giang',
    'Hà Nội',
    'Cà Mau',
  ];
  const named = () =>
    NAMES.map((name, i) =>
      row({
        id: `U${i}`,
        unit: { id: `U${i}`, kind: 'province', name: { vi: name, en: name }, region: null },
      }),
    );

  it('takes several calls, then orders the rows as one sort of all the names does', () => {
    const rows = named();
    let calls = 1;
    while (prepareNameOrder(rows, 'vi', 2)) calls++;
    expect(calls).toBeGreaterThanOrEqual(NAMES.length / 2);
    expect(prepareNameOrder(rows, 'vi', 2)).toBe(false);
    const sorted = sortRankingRows(rows, { key: 'name', dir: 'asc' }, 'vi');
    expect(sorted.map((r) => r.unit.name.vi)).toEqual([...NAMES].sort(nameComparator('vi')));
  });

  it('has nothing to do for names already in order, whichever way it was made', () => {
    const rows = named();
    sortRankingRows(rows, { key: 'name', dir: 'asc' }, 'en');
    expect(prepareNameOrder(rows, 'en', 2)).toBe(false);
  });
});
