import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpIcu } from '../../../src/i18n/warm-up-icu';

/** A Worker that answers as told, and remembers whether it was terminated. */
function stubWorker(answer: 'message' | 'error' | 'nothing' | 'throw') {
  const made: { terminated: boolean }[] = [];
  class FakeWorker extends EventTarget {
    terminated = false;
    constructor() {
      super();
      if (answer === 'throw') throw new TypeError('module workers are not supported');
      made.push(this);
      if (answer !== 'nothing') setTimeout(() => this.dispatchEvent(new Event(answer)), 10);
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

/** Whether the promise has settled so far, asked after advancing the fake clock. */
function settlement(promise: Promise<void>): () => boolean {
  let settled = false;
  void promise.then(() => (settled = true));
  return () => settled;
}

describe('warmUpIcu', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('resolves at once where there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(warmUpIcu()).resolves.toBeUndefined();
  });

  it.each(['message', 'error'] as const)(
    'resolves when the worker answers with %s, and ends the worker',
    async (answer) => {
      vi.useFakeTimers();
      const made = stubWorker(answer);
      const settled = settlement(warmUpIcu());
      await vi.advanceTimersByTimeAsync(9);
      expect(settled()).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled()).toBe(true);
      expect(made[0]?.terminated).toBe(true);
    },
  );

  it('stops waiting for a worker that never answers after half a second', async () => {
    vi.useFakeTimers();
    const made = stubWorker('nothing');
    const settled = settlement(warmUpIcu());
    await vi.advanceTimersByTimeAsync(499);
    expect(settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled()).toBe(true);
    expect(made[0]?.terminated).toBe(true);
  });

  it('resolves when the worker cannot be started', async () => {
    vi.useFakeTimers();
    stubWorker('throw');
    const settled = settlement(warmUpIcu());
    await vi.advanceTimersByTimeAsync(0);
    expect(settled()).toBe(true);
  });
});
