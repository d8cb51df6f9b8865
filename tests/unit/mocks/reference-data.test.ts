import { describe, expect, it } from 'vitest';
import { MINISTRIES } from '../../../mocks/data/ministries';
import { PROVINCES } from '../../../mocks/data/provinces';
import {
  MINISTRY_EGOV_RANKING_2019,
  PROVINCE_ICT_INDEX_2019,
} from '../../../mocks/data/rankings-2019';
import { REGIONS } from '../../../mocks/data/regions';

const ascii = (s: string) => /^[\x20-\x7e]+$/.test(s);
const stripped = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

describe('reference data', () => {
  it('has the six GSO regions', () => {
    expect(REGIONS.map((r) => r.id)).toEqual([
      'northern-midlands-mountains',
      'red-river-delta',
      'north-central-coast',
      'central-highlands',
      'southeast',
      'mekong-delta',
    ]);
  });

  it('has the 63 provinces with their GSO codes, by region', () => {
    expect(PROVINCES).toHaveLength(63);
    expect(new Set(PROVINCES.map((p) => p.id)).size).toBe(63);
    const byRegion = (region: string) =>
      PROVINCES.filter((p) => p.region === region)
        .map((p) => p.id)
        .join(',');
    expect(byRegion('northern-midlands-mountains')).toBe(
      '02,04,06,08,10,11,12,14,15,17,19,20,24,25',
    );
    expect(byRegion('red-river-delta')).toBe('01,22,26,27,30,31,33,34,35,36,37');
    expect(byRegion('north-central-coast')).toBe('38,40,42,44,45,46,48,49,51,52,54,56,58,60');
    expect(byRegion('central-highlands')).toBe('62,64,66,67,68');
    expect(byRegion('southeast')).toBe('70,72,74,75,77,79');
    expect(byRegion('mekong-delta')).toBe('80,82,83,84,86,87,89,91,92,93,94,95,96');
  });

  it('names provinces in Vietnamese (NFC) and in English without diacritics', () => {
    const name = (id: string) => PROVINCES.find((p) => p.id === id)?.name;
    expect(name('01')).toEqual({ vi: 'Hà Nội', en: 'Ha Noi' });
    expect(name('42')).toEqual({ vi: 'Hà Tĩnh', en: 'Ha Tinh' });
    expect(name('46')?.vi).toBe('Thừa Thiên Huế');
    expect(name('79')).toEqual({ vi: 'TP Hồ Chí Minh', en: 'Ho Chi Minh City' });
    expect(name('96')?.vi).toBe('Cà Mau');
    for (const p of PROVINCES) {
      expect(p.name.vi).toBe(p.name.vi.normalize('NFC'));
      expect(ascii(p.name.en), p.name.en).toBe(true);
      if (p.id !== '79') expect(p.name.en).toBe(stripped(p.name.vi));
    }
  });

  it('has the 22 ministries and agencies, upper-case codes', () => {
    expect(MINISTRIES).toHaveLength(22);
    expect(new Set(MINISTRIES.map((m) => m.id)).size).toBe(22);
    for (const m of MINISTRIES) {
      expect(m.id).toMatch(/^[A-Z]+$/);
      expect(m.name.vi).toBe(m.name.vi.normalize('NFC'));
      expect(ascii(m.name.en)).toBe(true);
    }
    const name = (id: string) => MINISTRIES.find((m) => m.id === id)?.name.vi;
    expect(name('OOG')).toBe('Văn phòng Chính phủ');
    expect(name('GI')).toBe('Thanh tra Chính phủ');
    expect(name('SBV')).toBe('Ngân hàng Nhà nước Việt Nam');
    expect(name('CEMA')).toBe('Ủy ban Dân tộc');
  });

  it('ranks all 63 provinces (Huế first, Hà Tĩnh 44th) and the 17 ministries', () => {
    expect([...PROVINCE_ICT_INDEX_2019].sort()).toEqual(PROVINCES.map((p) => p.id).sort());
    expect(PROVINCE_ICT_INDEX_2019.slice(0, 8)).toEqual([
      '46',
      '48',
      '22',
      '74',
      '79',
      '56',
      '89',
      '38',
    ]);
    expect(PROVINCE_ICT_INDEX_2019.indexOf('42') + 1).toBe(44);
    const ids = new Set(MINISTRIES.map((m) => m.id));
    expect(MINISTRY_EGOV_RANKING_2019).toHaveLength(17);
    for (const id of MINISTRY_EGOV_RANKING_2019) expect(ids.has(id)).toBe(true);
  });
});
