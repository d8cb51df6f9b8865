import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/domain/types';
import { unitChoicesByKind, unitNames } from '../../../src/domain/unit-names';

const units: Unit[] = [
  { id: 'HN', kind: 'province', name: { vi: 'Hà Nội', en: 'Ha Noi' }, region: null },
  {
    id: 'BTC',
    kind: 'ministry',
    name: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
    region: null,
  },
  { id: 'CT', kind: 'province', name: { vi: 'Cần Thơ', en: 'Can Tho' }, region: 'south' },
];

describe('unitNames', () => {
  it('names every unit by id in the language asked', () => {
    expect([...unitNames(units, 'vi')]).toEqual([
      ['HN', 'Hà Nội'],
      ['BTC', 'Bộ Tài chính'],
      ['CT', 'Cần Thơ'],
    ]);
    expect(unitNames(units, 'en').get('BTC')).toBe('Ministry of Finance');
  });

  it('reads the units of a model as well as a registry’s', () => {
    const modelUnits = units.map((unit) => ({ unit }));
    expect(unitNames(modelUnits, 'en').get('CT')).toBe('Can Tho');
  });

  it('is made once per list and language, and again for a new list', () => {
    const first = unitNames(units, 'vi');
    expect(unitNames(units, 'vi')).toBe(first);
    expect(unitNames(units, 'en')).not.toBe(first);
    const renamed = [{ ...units[0]!, name: { vi: 'Thủ đô Hà Nội', en: 'Ha Noi' } }];
    expect(unitNames(renamed, 'vi').get('HN')).toBe('Thủ đô Hà Nội');
  });
});

describe('unitChoicesByKind', () => {
  it('lists each kind’s units in the list’s order, named in the language asked', () => {
    expect(unitChoicesByKind(units, 'vi')).toEqual({
      ministry: [{ id: 'BTC', name: 'Bộ Tài chính' }],
      province: [
        { id: 'HN', name: 'Hà Nội' },
        { id: 'CT', name: 'Cần Thơ' },
      ],
    });
    expect(unitChoicesByKind(units, 'en').province.map((c) => c.name)).toEqual([
      'Ha Noi',
      'Can Tho',
    ]);
  });

  it('gives both kinds even when the registry has units of one kind only', () => {
    expect(unitChoicesByKind([units[1]!], 'vi').province).toEqual([]);
  });
});
