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

describe('createLimiter: when a task starts', () => {
  it('tells of a start only once the task begins: with one at a time, the second after the first ends', async () => {
    const run = createLimiter(1);
    const events: string[] = [];
    let finishFirst = () => {};
    const first = run(
      () =>
        new Promise<void>((resolve) => {
          events.push('first runs');
          finishFirst = () => {
            events.push('first ends');
            resolve();
          };
        }),
      undefined,
      () => events.push('first starts'),
    );
    const second = run(
      () => {
        events.push('second runs');
        return Promise.resolve();
      },
      undefined,
      () => events.push('second starts'),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual(['first starts', 'first runs']);
    finishFirst();
    await Promise.all([first, second]);
    expect(events).toEqual([
      'first starts',
      'first runs',
      'first ends',
      'second starts',
      'second runs',
    ]);
  });

  it('never tells of a start for a task cancelled while it waited', async () => {
    const run = createLimiter(1);
    const starts: string[] = [];
    let finishFirst = () => {};
    const first = run(
      () => new Promise<void>((resolve) => (finishFirst = resolve)),
      undefined,
      () => starts.push('first'),
    );
    const controller = new AbortController();
    const second = run(
      () => Promise.resolve(),
      controller.signal,
      () => starts.push('second'),
    );
    controller.abort();
    await new Promise((r) => setTimeout(r, 0));
    finishFirst();
    await first;
    await expect(second).rejects.toThrow();
    expect(starts).toEqual(['first']);
  });
});
