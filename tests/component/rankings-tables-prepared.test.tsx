import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPeriodModel } from '../../src/domain/model';
import type * as rankingRows from '../../src/domain/ranking-rows';
import { rankingTable } from '../../src/domain/ranking-rows';
import type * as rankingSort from '../../src/domain/ranking-sort';
import { sortRankingRows, type RankingSort } from '../../src/domain/ranking-sort';
import type { Region } from '../../src/domain/types';
import { useTablesPrepared } from '../../src/features/rankings/use-tables-prepared';
import { dataset, l4, m, unit } from '../support/dataset-builder';

vi.mock('../../src/domain/ranking-rows', async (original) => {
  const actual = await original<typeof rankingRows>();
  return { ...actual, rankingTable: vi.fn(actual.rankingTable) };
});
vi.mock('../../src/domain/ranking-sort', async (original) => {
  const actual = await original<typeof rankingSort>();
  return { ...actual, sortRankingRows: vi.fn(actual.sortRankingRows) };
});

const REGIONS: Region[] = [{ id: 'r1', name: { vi: 'Vùng 1', en: 'Region 1' } }];
const model = buildPeriodModel(
  dataset([unit('A', [l4('2020-08', 300, 1000)], { region: 'r1' })], { regions: REGIONS }),
  m('2020-08'),
);

const BY_NAME: RankingSort = { key: 'name', dir: 'desc' };
const prepare = () =>
  renderHook(() => useTablesPrepared(model, 'province', REGIONS, BY_NAME, 'en'));

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(rankingTable).mockClear();
  vi.mocked(sortRankingRows).mockClear();
});

describe('useTablesPrepared', () => {
  it('makes every rate indicator’s table while idle, one at a time, and stops when unmounted', () => {
    vi.useFakeTimers();
    const { unmount } = prepare();
    expect(rankingTable).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(vi.mocked(rankingTable).mock.calls.map((c) => c[2])).toEqual(['level4Rate']);
    vi.runAllTimers();
    expect(vi.mocked(rankingTable).mock.calls.map((c) => c[2])).toEqual([
      'level4Rate',
      'level34Rate',
      'onlineDossierRate',
    ]);
    expect(
      vi.mocked(rankingTable).mock.calls.every((c) => c[0] === model && c[1] === 'province'),
    ).toBe(true);
    unmount();
  });

  it('puts each table in the screen’s sort and language while idle', () => {
    vi.useFakeTimers();
    const { unmount } = prepare();
    vi.runAllTimers();
    const tables = vi.mocked(rankingTable).mock.results.map((r) => r.value as { rows: unknown });
    expect(vi.mocked(sortRankingRows).mock.calls).toEqual(
      tables.map((table) => [table.rows, BY_NAME, 'en']),
    );
    unmount();
  });

  it('makes nothing after the screen is gone', () => {
    vi.useFakeTimers();
    const { unmount } = prepare();
    unmount();
    vi.runAllTimers();
    expect(rankingTable).not.toHaveBeenCalled();
    expect(sortRankingRows).not.toHaveBeenCalled();
  });
});
