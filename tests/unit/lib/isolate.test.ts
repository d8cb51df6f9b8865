import { describe, expect, it } from 'vitest';
import { isolate, stripIsolates } from '../../../src/lib/isolate';

describe('isolate', () => {
  it('sets a right-to-left name apart with FSI … PDI, so the number beside it keeps its side', () => {
    const sentence = `${isolate('שלום')} 12`;
    expect(sentence).toBe('\u2068שלום\u2069 12');
  });

  it('strips the marks again for wording checks and spreadsheet cells', () => {
    expect(stripIsolates(`Hạng của ${isolate('بغداد')}: 3`)).toBe('Hạng của بغداد: 3');
    expect(stripIsolates('\u2066a\u2067b\u2068c\u2069')).toBe('abc');
  });
});
