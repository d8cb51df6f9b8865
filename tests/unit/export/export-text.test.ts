import { describe, expect, it } from 'vitest';
import {
  coverageNotes,
  exactViewUrl,
  exportText,
} from '../../../src/components/export-menu/export-text';
import { parsePeriod } from '../../../src/domain/period';
import { createFormatters } from '../../../src/i18n/format';
import { createI18n } from '../../../src/i18n/i18n';

const AUG_2020 = parsePeriod('2020-08')!;
const viT = createI18n('vi').getFixedT('vi');
const enT = createI18n('en').getFixedT('en');

describe('exactViewUrl', () => {
  it('keeps the address as it is when language and period are in it', () => {
    const href = 'https://dash.example/rankings/provinces?lang=en&period=2020-07&sort=level4Rate';
    expect(exactViewUrl(href, 'en', AUG_2020)).toBe(href);
  });

  it('pins the language and the period shown when the address leaves them to defaults', () => {
    expect(exactViewUrl('https://dash.example/units/42?sort=rank', 'vi', AUG_2020)).toBe(
      'https://dash.example/units/42?sort=rank&lang=vi&period=2020-08',
    );
  });
});

describe('coverageNotes', () => {
  const names = new Map(
    Array.from({ length: 12 }, (_, i) => [`u${i + 1}`, `Đơn vị ${i + 1}`] as const),
  );

  it('says what the figure is based on, and nothing more when no unit is missing', () => {
    expect(coverageNotes({ reported: 85, total: 85, missing: [] }, names, viT)).toEqual([
      'Tính trên 85/85 đơn vị có báo cáo',
    ]);
  });

  it('groups the thousands of large counts as each language does', () => {
    const coverage = { reported: 10_017, total: 10_022, missing: [] };
    expect(coverageNotes(coverage, names, viT)).toEqual([
      'Tính trên 10.017/10.022 đơn vị có báo cáo',
    ]);
    expect(coverageNotes(coverage, names, enT)).toEqual([
      'Based on 10,017 of 10,022 reporting units',
    ]);
  });

  it('names up to ten missing units, then says how many more', () => {
    const missing = [...names.keys()];
    expect(coverageNotes({ reported: 73, total: 85, missing }, names, enT)).toEqual([
      'Based on 73 of 85 reporting units',
      'No data from: Đơn vị 1, Đơn vị 2, Đơn vị 3, Đơn vị 4, Đơn vị 5, Đơn vị 6, Đơn vị 7, Đơn vị 8, Đơn vị 9, Đơn vị 10 and 2 more',
    ]);
  });
});

describe('exportText', () => {
  const source = {
    title: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    subtitle: 'Toàn quốc',
    period: AUG_2020,
    notes: ['Tính trên 85/85 đơn vị có báo cáo'],
    target: {
      value: 0.3,
      deadline: parsePeriod('2020-12')!,
      basis: { vi: 'Nghị quyết 17/NQ-CP', en: 'Resolution 17/NQ-CP' },
    },
    table: { caption: '', columns: [], rows: [] },
  };

  it('carries period, target with basis, source line and notes in the view language', () => {
    const text = exportText(source, viT, createFormatters('vi'), { settled: 85, total: 85 }, 'L');
    expect(text).toEqual({
      title: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
      subtitle: 'Toàn quốc',
      asOf: 'Số liệu đến 08/2020',
      periodIso: '2020-08',
      target: 'Mục tiêu 30% đến 12/2020 (Nghị quyết 17/NQ-CP)',
      source:
        'Nguồn: báo cáo của các bộ, ngành, địa phương; tổng hợp: Bảng theo dõi tiến độ Chính phủ điện tử',
      notes: ['Tính trên 85/85 đơn vị có báo cáo'],
      provisional: null,
      mark: 'Theo dõi tiến độ Chính phủ điện tử',
      link: 'L',
    });
  });

  it('says the figures are provisional while feeds still load', () => {
    const text = exportText(source, enT, createFormatters('en'), { settled: 48, total: 85 }, 'L');
    expect(text.provisional).toBe('Provisional figures: 48 of 85 feeds received so far');
    expect(text.target).toBe('Target 30% by Dec 2020 (Resolution 17/NQ-CP)');
    expect(text.asOf).toBe('Data as of Aug 2020');
  });
});
