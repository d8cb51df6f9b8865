import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPeriodModel } from '../../src/domain/model';
import type * as rankingRows from '../../src/domain/ranking-rows';
import { rankingTable } from '../../src/domain/ranking-rows';
import type { Region } from '../../src/domain/types';
import { useTablesPrepared } from '../../src/features/rankings/use-tables-prepared';
import { dataset, l4, m, unit } from '../support/dataset-builder';

vi.mock('../../src/domain/ranking-rows', async (original) => {
  const actual = await original<typeof rankingRows>();
  return { ...actual, rankingTable: vi.fn(actual.rankingTable) };
});

const REGIONS: Region[] = [{ id: 'r1', name: { vi: 'Vùng 1', en: 'Region 1' } }];
const model = buildPeriodModel(
  dataset([unit('A', [l4('2020-08', 300, 1000)], { region: 'r1' })], { regions: REGIONS }),
  m('2020-08'),
);

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(rankingTable).mockClear();
});

describe('useTablesPrepared', () => {
  it('makes every rate indicator’s table while idle, one at a time, and stops when unmounted', () => {
    vi.useFakeTimers();
    const { unmount } = renderHook(() => useTablesPrepared(model, 'province', REGIONS));
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

  it('makes nothing after the screen is gone', () => {
    vi.useFakeTimers();
    const { unmount } = renderHook(() => useTablesPrepared(model, 'province', REGIONS));
    unmount();
    vi.runAllTimers();
    expect(rankingTable).not.toHaveBeenCalled();
  });
});
