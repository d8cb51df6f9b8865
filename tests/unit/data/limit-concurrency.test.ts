import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../src/data/limit-concurrency';

describe('createLimiter', () => {
  it('never runs more than max at once, and runs them all in order', async () => {
    const run = createLimiter(2);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const tasks = [0, 1, 2, 3, 4].map((i) =>
      run(async () => {
        started.push(i);
        active++;
        peak = Math.max(peak, active);
        await new Promise<void>((resolve) => releases.push(resolve));
        active--;
        return i;
      }),
    );
    while (started.length < 5) {
      await new Promise((r) => setTimeout(r, 0));
      releases.shift()?.();
    }
    releases.forEach((r) => r());
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });
});
