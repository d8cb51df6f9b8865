import { describe, expect, it } from 'vitest';
import { integerText, percentText, pointsText } from '../../../src/export/number-text';

describe('numbers for spreadsheets, at the precision the screen shows', () => {
  it('percent with 1 decimal, rounding half away from zero', () => {
    expect(percentText(0.165)).toBe('16.5');
    expect(percentText(0.1893)).toBe('18.9');
    // 0.10005 is stored as 0.100049999…; it is written as the decimal it stands for.
    expect(percentText(0.10005)).toBe('10.0');
    expect(percentText(0.33)).toBe('33.0');
    expect(percentText(0)).toBe('0.0');
    expect(percentText(1)).toBe('100.0');
  });

  it('a decimal comma for the Vietnamese Excel file', () => {
    expect(percentText(0.1893, ',')).toBe('18,9');
    expect(pointsText(-0.004, ',')).toBe('-0,4');
    expect(percentText(0, ',')).toBe('0,0');
  });

  it('points keep their sign; a rounded zero has none', () => {
    expect(pointsText(-0.004)).toBe('-0.4');
    expect(pointsText(0.0123)).toBe('1.2');
    expect(pointsText(-0.0001)).toBe('0.0');
    expect(pointsText(-0.12345)).toBe('-12.3');
  });

  it('integers without separators', () => {
    expect(integerText(6842)).toBe('6842');
    expect(integerText(-2)).toBe('-2');
    expect(integerText(1234567)).toBe('1234567');
  });
});
