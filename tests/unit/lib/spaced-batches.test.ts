import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spacedBatches } from '../../../src/lib/spaced-batches';

/** Numbers in batches, and the batches sent so far. */
function batchesOf(gapMs: number, maxItems: number) {
  const sent: number[][] = [];
  return { sent, batches: spacedBatches<number>((items) => sent.push(items), gapMs, maxItems) };
}

describe('spacedBatches', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the first item after a quiet spell at the end of the task, with any added in it', () => {
    const { sent, batches } = batchesOf(50, 100);
    batches.add(1);
    batches.add(2);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(sent).toEqual([[1, 2]]);
  });

  it('holds the next items until the gap since the last batch has passed', () => {
    const { sent, batches } = batchesOf(50, 100);
    batches.add(1);
    for (let i = 2; i <= 5; i++) {
      vi.advanceTimersByTime(10);
      batches.add(i);
    }
    // 49 ms after the first batch: the four items added since are still waiting.
    vi.advanceTimersByTime(9);
    expect(sent).toEqual([[1]]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([[1], [2, 3, 4, 5]]);
    // Quiet for longer than the gap: the next item goes at once again.
    vi.advanceTimersByTime(200);
    batches.add(6);
    vi.advanceTimersByTime(0);
    expect(sent).toEqual([[1], [2, 3, 4, 5], [6]]);
  });

  it('sends at once when the most items a batch may hold are waiting', () => {
    const { sent, batches } = batchesOf(50, 3);
    for (let i = 1; i <= 7; i++) batches.add(i);
    expect(sent).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    vi.advanceTimersByTime(49);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('flush sends what waits now, and nothing when nothing waits', () => {
    const { sent, batches } = batchesOf(50, 100);
    batches.flush();
    batches.add(1);
    batches.flush();
    expect(sent).toEqual([[1]]);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([[1]]);
  });
});
