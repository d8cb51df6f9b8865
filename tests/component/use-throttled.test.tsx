import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useThrottled } from '../../src/hooks/use-throttled';

afterEach(() => {
  vi.useRealTimers();
});

describe('useThrottled', () => {
  it('runs the preparation in steps, one task each, and only then shows the new value', async () => {
    vi.useFakeTimers();
    const done: string[] = [];
    const prepare = (value: string) => [
      () => done.push(`grid ${value}`),
      () => done.push(`model ${value}`),
    ];
    const { result, rerender } = renderHook(
      ({ value }) => useThrottled(value, 300, true, prepare),
      { initialProps: { value: 'a' } },
    );
    rerender({ value: 'b' });
    expect(result.current).toBe('a');

    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(done).toEqual(['grid b']);
    expect(result.current).toBe('a');
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(done).toEqual(['grid b', 'model b']);
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toBe('b');
  });

  it('drops the steps left of a value replaced while they ran', async () => {
    vi.useFakeTimers();
    const done: string[] = [];
    const prepare = (value: string) => [
      () => done.push(`1 ${value}`),
      () => done.push(`2 ${value}`),
    ];
    const { result, rerender } = renderHook(
      ({ value }) => useThrottled(value, 300, true, prepare),
      { initialProps: { value: 'a' } },
    );
    rerender({ value: 'b' });
    await act(() => vi.advanceTimersToNextTimerAsync());
    rerender({ value: 'c' });
    await act(() => vi.runAllTimersAsync());
    expect(done).toEqual(['1 b', '1 c', '2 c']);
    expect(result.current).toBe('c');
  });
});
