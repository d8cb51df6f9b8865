import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePreparedInTasks } from '../../src/hooks/use-prepared-in-tasks';

afterEach(() => {
  vi.useRealTimers();
});

describe('usePreparedInTasks', () => {
  it('shows a value only after its steps ran, one task each, and the last value meanwhile', async () => {
    vi.useFakeTimers();
    const done: string[] = [];
    const steps = [
      (v: string) => void done.push(`table ${v}`),
      (v: string) => void done.push(`order ${v}`),
    ];
    const { result, rerender } = renderHook(({ value }) => usePreparedInTasks(value, true, steps), {
      initialProps: { value: 'a' },
    });
    expect(result.current).toBeNull();
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toBe('a');

    rerender({ value: 'b' });
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(done).toEqual(['table a', 'order a', 'table b']);
    expect(result.current).toBe('a');
    await act(() => vi.runAllTimersAsync());
    expect(done).toEqual(['table a', 'order a', 'table b', 'order b']);
    expect(result.current).toBe('b');
  });

  it('runs a step again, in the next task, while it returns true', async () => {
    vi.useFakeTimers();
    let rows = 0;
    const steps = [() => (rows += 2) < 6];
    const { result } = renderHook(() => usePreparedInTasks('a', true, steps));
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(rows).toBe(2);
    expect(result.current).toBeNull();
    await act(() => vi.runAllTimersAsync());
    expect(rows).toBe(6);
    expect(result.current).toBe('a');
  });

  it('gives the value at once, running no step, when not staged', () => {
    const step = vi.fn();
    const { result } = renderHook(() => usePreparedInTasks('a', false, [step]));
    expect(result.current).toBe('a');
    expect(step).not.toHaveBeenCalled();
  });
});
