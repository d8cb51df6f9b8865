import { describe, expect, it } from 'vitest';
import { classOf, classScale } from '../../../src/domain/value-classes';

describe('classScale with a target', () => {
  it('cuts 0…30 % into five steps of 6 points and a last class "at or above 30 %"', () => {
    const scale = classScale([12, 305, null], { binary: false, targetTenths: 300 });
    expect(scale.kind).toBe('target');
    expect(scale.classes).toEqual([
      { index: 0, min: 0, max: 59 },
      { index: 1, min: 60, max: 119 },
      { index: 2, min: 120, max: 179 },
      { index: 3, min: 180, max: 239 },
      { index: 4, min: 240, max: 299 },
      { index: 5, min: 300, max: null },
    ]);
  });

  it('rounds breaks of a target that does not divide by five (33.3 % → 6.7, 13.3, 20.0, 26.6)', () => {
    // 333 × i / 5 = 66.6, 133.2, 199.8, 266.4 → 67, 133, 200, 266
    const scale = classScale([], { binary: false, targetTenths: 333 });
    expect(scale.classes.map((c) => c.min)).toEqual([0, 67, 133, 200, 266, 333]);
  });

  it('puts boundary values in the class that starts there', () => {
    const scale = classScale([], { binary: false, targetTenths: 300 });
    expect(classOf(scale, 0)).toBe(0);
    expect(classOf(scale, 59)).toBe(0);
    expect(classOf(scale, 60)).toBe(1);
    expect(classOf(scale, 299)).toBe(4);
    expect(classOf(scale, 300)).toBe(5);
    expect(classOf(scale, 1000)).toBe(5);
  });

  it('keeps "not reported" out of every class', () => {
    const scale = classScale([], { binary: false, targetTenths: 300 });
    expect(classOf(scale, null)).toBeNull();
  });

  it('falls back to the range of the values when the target is too small to split', () => {
    expect(classScale([10, 20], { binary: false, targetTenths: 2 }).kind).toBe('range');
  });
});

describe('classScale without a target', () => {
  it('starts at the lowest value rounded down to a whole point and steps in whole points', () => {
    // lowest 41.5 % → 41 %; highest 88.0 %; span 47 points / 5 = 9.4 → 10-point steps
    const scale = classScale([415, 880, null, 600], { binary: false, targetTenths: null });
    expect(scale.kind).toBe('range');
    expect(scale.classes).toEqual([
      { index: 0, min: 410, max: 509 },
      { index: 1, min: 510, max: 609 },
      { index: 2, min: 610, max: 709 },
      { index: 3, min: 710, max: 809 },
      { index: 4, min: 810, max: null },
    ]);
    expect(classOf(scale, 415)).toBe(0);
    expect(classOf(scale, 600)).toBe(1);
    expect(classOf(scale, 880)).toBe(4);
  });

  it('uses steps of at least one point when every value is the same', () => {
    const scale = classScale([250, 250], { binary: false, targetTenths: null });
    expect(scale.classes.map((c) => c.min)).toEqual([250, 260, 270, 280, 290]);
    expect(classOf(scale, 250)).toBe(0);
  });

  it('spans 0…100 % in 20-point steps when nothing is reported', () => {
    const scale = classScale([null, null], { binary: false, targetTenths: null });
    expect(scale.classes.map((c) => c.min)).toEqual([0, 200, 400, 600, 800]);
  });
});

describe('classScale for a 0/1 indicator', () => {
  it('has a "no" and a "yes" class', () => {
    const scale = classScale([0, 1000], { binary: true, targetTenths: 1000 });
    expect(scale.kind).toBe('binary');
    expect(scale.classes).toEqual([
      { index: 0, min: 0, max: 0 },
      { index: 1, min: 1000, max: 1000 },
    ]);
    expect(classOf(scale, 0)).toBe(0);
    expect(classOf(scale, 1000)).toBe(1);
    expect(classOf(scale, null)).toBeNull();
  });
});

describe('classScale with its values given as a function', () => {
  it('reads them for a range scale, with the same classes as the values themselves', () => {
    const values = [415, 880, null, 600];
    expect(classScale(() => values, { binary: false, targetTenths: null })).toEqual(
      classScale(values, { binary: false, targetTenths: null }),
    );
  });

  it('never reads them for a target or a binary scale, which do not depend on them', () => {
    const unread = () => {
      throw new Error('values read');
    };
    expect(classScale(unread, { binary: false, targetTenths: 300 }).kind).toBe('target');
    expect(classScale(unread, { binary: true, targetTenths: null }).kind).toBe('binary');
  });
});
