import { describe, expect, it } from 'vitest';
import { integerText, percentText, pointsText } from '../../../src/export/number-text';

describe('numbers for spreadsheets', () => {
  it('percent with 2 decimals, rounding half away from zero', () => {
    expect(percentText(0.165)).toBe('16.50');
    expect(percentText(0.107)).toBe('10.70');
    // 0.10005 is stored as 0.100049999…; it is written as the decimal it stands for.
    expect(percentText(0.10005)).toBe('10.01');
    expect(percentText(0.33)).toBe('33.00');
    expect(percentText(0)).toBe('0.00');
    expect(percentText(1)).toBe('100.00');
  });

  it('points keep their sign; a rounded zero has none', () => {
    expect(pointsText(-0.004)).toBe('-0.40');
    expect(pointsText(0.0123)).toBe('1.23');
    expect(pointsText(-0.00001)).toBe('0.00');
    expect(pointsText(-0.12345)).toBe('-12.35');
  });

  it('integers without separators', () => {
    expect(integerText(6842)).toBe('6842');
    expect(integerText(-2)).toBe('-2');
    expect(integerText(1234567)).toBe('1234567');
  });
});
