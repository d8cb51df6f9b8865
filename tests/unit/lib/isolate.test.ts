import { describe, expect, it } from 'vitest';
import { hasRightToLeft, isolate, isolatedRuns, stripIsolates } from '../../../src/lib/isolate';

describe('isolate', () => {
  it('sets a right-to-left name apart with FSI … PDI, so the number after it keeps its side', () => {
    expect(`${isolate('שלום')}: 3`).toBe('\u2068שלום\u2069: 3');
    expect(isolate('مرحبا')).toBe('\u2068مرحبا\u2069');
    // Arabic digits and a stray right-to-left mark reorder neighbours too.
    expect(isolate('Quận ٣')).toBe('\u2068Quận ٣\u2069');
    expect(isolate('Binh Duong\u200F')).toBe('\u2068Binh Duong\u200F\u2069');
  });

  it('leaves a name in left-to-right letters as it is: nothing on screen to change', () => {
    expect(isolate('Bình Dương')).toBe('Bình Dương');
    expect(isolate('Ministry of Finance')).toBe('Ministry of Finance');
    expect(isolate('TP Hồ Chí Minh (2)')).toBe('TP Hồ Chí Minh (2)');
    expect(hasRightToLeft('Hà Tĩnh')).toBe(false);
    expect(hasRightToLeft('ירושלים')).toBe(true);
  });

  it('strips the marks again for spreadsheet cells and file names', () => {
    expect(stripIsolates(`Hạng của ${isolate('بغداد')}: 3`)).toBe('Hạng của بغداد: 3');
    expect(stripIsolates('\u2066a\u2067b\u2068c\u2069')).toBe('abc');
  });
});

describe('isolatedRuns', () => {
  it('cuts a sentence into its plain words and its isolated names, without the marks', () => {
    const text = `Thiếu số liệu: ${isolate('שלום')}, ${isolate('مرحبا')} và 13 đơn vị khác`;
    expect(isolatedRuns(text)).toEqual([
      { text: 'Thiếu số liệu: ', isolated: false },
      { text: 'שלום', isolated: true },
      { text: ', ', isolated: false },
      { text: 'مرحبا', isolated: true },
      { text: ' và 13 đơn vị khác', isolated: false },
    ]);
  });

  it('gives a text without isolates back whole, and isolates an unclosed FSI to the end', () => {
    expect(isolatedRuns('Hà Tĩnh: hạng 44/63')).toEqual([
      { text: 'Hà Tĩnh: hạng 44/63', isolated: false },
    ]);
    expect(isolatedRuns('a\u2068b')).toEqual([
      { text: 'a', isolated: false },
      { text: 'b', isolated: true },
    ]);
    expect(isolatedRuns('')).toEqual([]);
  });
});
