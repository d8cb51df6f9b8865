import { describe, expect, it } from 'vitest';
import { batchCalls } from '../../../src/lib/batch-calls';

describe('batchCalls', () => {
  it('sends the calls made in one task together, in parts of the given size, and answers each', async () => {
    const sent: number[][] = [];
    const double = batchCalls((requests: number[]) => {
      sent.push(requests);
      return Promise.resolve(requests.map((n) => n * 2));
    }, 3);
    const answers = await Promise.all([1, 2, 3, 4, 5, 6, 7].map(double));
    expect(answers).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(sent).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('starts a new batch for calls made after the last one was sent', async () => {
    const sent: string[][] = [];
    const echo = batchCalls((requests: string[]) => {
      sent.push(requests);
      return Promise.resolve(requests);
    }, 10);
    await Promise.all([echo('a'), echo('b')]);
    await echo('c');
    expect(sent).toEqual([['a', 'b'], ['c']]);
  });

  it('fails every call of a part whose sending failed, and only those', async () => {
    const half = batchCalls(
      (requests: number[]) =>
        requests.includes(3) ? Promise.reject(new Error('worker gone')) : Promise.resolve(requests),
      2,
    );
    const results = await Promise.allSettled([1, 2, 3, 4].map(half));
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
    ]);
  });

  it('fails a call the answer has no result for, rather than leaving it waiting', async () => {
    const short = batchCalls((requests: number[]) => Promise.resolve(requests.slice(0, 1)), 5);
    const results = await Promise.allSettled([1, 2].map(short));
    expect(results[0]).toEqual({ status: 'fulfilled', value: 1 });
    expect(results[1]?.status).toBe('rejected');
  });
});
