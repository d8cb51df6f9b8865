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
      () => void done.push(`grid ${value}`),
      () => void done.push(`model ${value}`),
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
      () => void done.push(`1 ${value}`),
      () => void done.push(`2 ${value}`),
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

  it('runs a step that asks again in a task of its own each time, until it is done', async () => {
    vi.useFakeTimers();
    const done: string[] = [];
    const prepare = (value: string) => {
      let part = 0;
      return [
        () => {
          part++;
          done.push(`part ${part} of ${value}`);
          return part < 3;
        },
        () => void done.push(`finish ${value}`),
      ];
    };
    const { result, rerender } = renderHook(
      ({ value }) => useThrottled(value, 300, true, prepare),
      { initialProps: { value: 'a' } },
    );
    rerender({ value: 'b' });
    await act(() => vi.advanceTimersToNextTimerAsync());
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(done).toEqual(['part 1 of b', 'part 2 of b']);
    expect(result.current).toBe('a');
    await act(() => vi.runAllTimersAsync());
    expect(done).toEqual(['part 1 of b', 'part 2 of b', 'part 3 of b', 'finish b']);
    expect(result.current).toBe('b');
  });

  it("holds the next step and the new value until a step's promise settles", async () => {
    vi.useFakeTimers();
    const done: string[] = [];
    let answer: () => void = () => undefined;
    const prepare = (value: string) => [
      () =>
        new Promise<void>((resolve) => {
          done.push(`asked ${value}`);
          answer = resolve;
        }),
      () => void done.push(`made ${value}`),
    ];
    const { result, rerender } = renderHook(
      ({ value }) => useThrottled(value, 300, true, prepare),
      { initialProps: { value: 'a' } },
    );
    rerender({ value: 'b' });
    await act(() => vi.runAllTimersAsync());
    expect(done).toEqual(['asked b']);
    expect(result.current).toBe('a');

    await act(async () => {
      answer();
      await vi.runAllTimersAsync();
    });
    expect(done).toEqual(['asked b', 'made b']);
    expect(result.current).toBe('b');
  });

  it('drops the steps after a promise when the value is replaced while it waits', async () => {
    vi.useFakeTimers();
    const done: string[] = [];
    const answers: (() => void)[] = [];
    const prepare = (value: string) => [
      () => new Promise<void>((resolve) => answers.push(resolve)),
      () => void done.push(`made ${value}`),
    ];
    const { result, rerender } = renderHook(
      ({ value }) => useThrottled(value, 300, true, prepare),
      { initialProps: { value: 'a' } },
    );
    rerender({ value: 'b' });
    await act(() => vi.runAllTimersAsync());
    rerender({ value: 'c' });
    await act(async () => {
      for (const answer of answers.splice(0)) answer();
      await vi.runAllTimersAsync();
    });
    await act(async () => {
      for (const answer of answers.splice(0)) answer();
      await vi.runAllTimersAsync();
    });
    expect(done).toEqual(['made c']);
    expect(result.current).toBe('c');
  });
});
