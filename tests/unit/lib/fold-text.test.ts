import { describe, expect, it } from 'vitest';
import { foldText, matchesFolded } from '../../../src/lib/fold-text';

describe('foldText', () => {
  it('drops diacritics and case', () => {
    expect(foldText('Hà Tĩnh')).toBe('ha tinh');
    expect(foldText('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(foldText('BÌNH ĐỊNH')).toBe('binh dinh');
  });

  it('folds đ and Đ to d, which NFD alone does not', () => {
    expect(foldText('Đà Nẵng')).toBe('da nang');
    expect(foldText('Điện Biên')).toBe('dien bien');
    expect(foldText('đ')).toBe('d');
  });

  it('collapses and trims spaces', () => {
    expect(foldText('  Hà   Tĩnh ')).toBe('ha tinh');
  });

  it('folds composed and decomposed forms alike', () => {
    expect(foldText('Ha\u0300 Ti\u0303nh')).toBe(foldText('H\u00e0 T\u0129nh'));
  });
});

describe('matchesFolded', () => {
  const names = ['Hà Tĩnh', 'Ha Tinh Province'];
  it('finds a unit typed without diacritics', () => {
    expect(matchesFolded('ha tinh', ['Hà Tĩnh'])).toBe(true);
    expect(matchesFolded('tĩnh', ['Ha Tinh'])).toBe(true);
    expect(matchesFolded('da nang', ['Đà Nẵng'])).toBe(true);
  });

  it('does not find what is not there', () => {
    expect(matchesFolded('ha noi', names)).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(matchesFolded('  ', names)).toBe(true);
  });
});
