import { describe, expect, it } from 'vitest';
import { cachedBy } from '../../../src/lib/cached-by';

describe('cachedBy', () => {
  it('computes once per key object and again for another object, even an equal one', () => {
    const seen: object[] = [];
    const size = cachedBy((list: number[]) => {
      seen.push(list);
      return list.length;
    });
    const a = [1, 2, 3];
    expect(size(a)).toBe(3);
    expect(size(a)).toBe(3);
    expect(size([1, 2, 3])).toBe(3);
    expect(seen).toHaveLength(2);
  });
});
