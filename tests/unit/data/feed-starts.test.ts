import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FeedStarts, SLOW_UPDATE_MS } from '../../../src/data/feed-starts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('FeedStarts: a feed is slow from its own request’s start', () => {
  it('never counts a feed still waiting its turn as slow, however long it waits', () => {
    const starts = new FeedStarts(2_000);
    starts.begin('01');
    vi.advanceTimersByTime(60_000);
    expect(starts.isSlow('01')).toBe(false);
    expect(starts.getSlow().size).toBe(0);
  });

  it('is slow 2,000 ms after its request began, not at 1,999 ms', () => {
    const starts = new FeedStarts(2_000);
    const attempt = starts.begin('01');
    vi.advanceTimersByTime(5_000);
    starts.started(attempt);
    vi.advanceTimersByTime(1_999);
    expect(starts.isSlow('01')).toBe(false);
    expect(starts.getSlow().has('01')).toBe(false);
    vi.advanceTimersByTime(1);
    expect(starts.isSlow('01')).toBe(true);
    expect(starts.getSlow().has('01')).toBe(true);
  });

  it('restarts the clock on a retry: the new attempt waits its turn, then has its own 2 s', () => {
    const starts = new FeedStarts(2_000);
    starts.started(starts.begin('01'));
    vi.advanceTimersByTime(2_000);
    expect(starts.getSlow().has('01')).toBe(true);
    const retry = starts.begin('01');
    expect(starts.isSlow('01')).toBe(false);
    expect(starts.getSlow().has('01')).toBe(false);
    vi.advanceTimersByTime(3_000);
    starts.started(retry);
    vi.advanceTimersByTime(1_999);
    expect(starts.isSlow('01')).toBe(false);
    vi.advanceTimersByTime(1);
    expect(starts.isSlow('01')).toBe(true);
  });

  it('ignores a late start report of an attempt already replaced', () => {
    const starts = new FeedStarts(2_000);
    const first = starts.begin('01');
    starts.begin('01');
    starts.started(first);
    vi.advanceTimersByTime(10_000);
    expect(starts.isSlow('01')).toBe(false);
    expect(starts.getSlow().size).toBe(0);
  });

  it('clears a feed once its request settles, and a settled feed never turns slow', () => {
    const starts = new FeedStarts(2_000);
    const a = starts.begin('01');
    const b = starts.begin('02');
    starts.started(a);
    starts.started(b);
    vi.advanceTimersByTime(1_000);
    starts.settle(b);
    vi.advanceTimersByTime(1_000);
    expect(starts.getSlow()).toEqual(new Set(['01']));
    starts.settle(a);
    expect(starts.isSlow('01')).toBe(false);
    // The next change leaves it out: a feed that begins again.
    starts.begin('01');
    expect(starts.getSlow().size).toBe(0);
  });

  it('flips the feeds crossing the threshold together, with one timer and one update', () => {
    const starts = new FeedStarts(2_000);
    const updates = vi.fn();
    starts.subscribe(updates);
    for (let i = 0; i < 1_000; i++) starts.started(starts.begin(`u${i}`));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(starts.getSlow().size).toBe(1_000);
    expect(updates).toHaveBeenCalledTimes(1);
  });

  it('tells the screens of newly slow feeds at most every SLOW_UPDATE_MS', () => {
    const starts = new FeedStarts(2_000);
    const updates = vi.fn();
    starts.subscribe(updates);
    for (let i = 0; i < 10; i++) {
      starts.started(starts.begin(`u${i}`));
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(2_000 - 100);
    expect(starts.getSlow()).toEqual(new Set(['u0']));
    vi.advanceTimersByTime(SLOW_UPDATE_MS - 1);
    expect(starts.getSlow().size).toBe(1);
    expect(starts.isSlow('u9')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(starts.getSlow().size).toBe(10);
    expect(updates).toHaveBeenCalledTimes(2);
  });
});
