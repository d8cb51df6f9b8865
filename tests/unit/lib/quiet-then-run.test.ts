import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietThenRun } from '../../../src/lib/quiet-then-run';

describe('quietThenRun', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, when the calls have been quiet for the quiet time', () => {
    const run = vi.fn();
    const saver = quietThenRun(run, 1_000, 10_000);
    saver.call();
    vi.advanceTimersByTime(600);
    saver.call();
    vi.advanceTimersByTime(600);
    saver.call();
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at least every max wait while the calls keep coming', () => {
    const run = vi.fn();
    const saver = quietThenRun(run, 1_000, 5_000);
    for (let t = 0; t < 12_000; t += 250) {
      saver.call();
      vi.advanceTimersByTime(250);
    }
    // Calls from 0 to 11,750 ms: runs at 5,000 and 10,000 (each counted from the first call not
    // yet saved), and none yet for the calls after 10,000.
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('sets one timer, whatever the number of calls', () => {
    vi.useRealTimers();
    const set = vi.spyOn(globalThis, 'setTimeout');
    const clear = vi.spyOn(globalThis, 'clearTimeout');
    const saver = quietThenRun(() => undefined, 1_000, 10_000);
    for (let i = 0; i < 10_000; i++) saver.call();
    saver.cancel();
    expect(set).toHaveBeenCalledTimes(1);
    expect(clear).toHaveBeenCalledTimes(1);
    set.mockRestore();
    clear.mockRestore();
  });

  it('does not run after cancel, and starts afresh with the next call', () => {
    const run = vi.fn();
    const saver = quietThenRun(run, 1_000, 10_000);
    saver.call();
    saver.cancel();
    vi.advanceTimersByTime(5_000);
    expect(run).not.toHaveBeenCalled();
    saver.call();
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
