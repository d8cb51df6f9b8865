import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/domain/period';
import { exportFileName, slugify } from '../../../src/export/file-name';

const AUG_2020 = parsePeriod('2020-08')!;

describe('exportFileName', () => {
  it('says indicator, scope and period in the view language', () => {
    const name = { subject: 'level4Rate', scope: 'province' } as const;
    expect(exportFileName(name, AUG_2020, 'vi', 'png')).toBe('ty-le-dvc-muc-do-4_tinh_2020-08.png');
    expect(exportFileName(name, AUG_2020, 'en', 'png')).toBe('level4-rate_provinces_2020-08.png');
  });

  it('names a filtered export by its filter, so it is not taken for the whole ranking', () => {
    const name = {
      subject: 'level4Rate',
      scope: 'province',
      filter: 'vùng \u2068Đông Nam Bộ\u2069',
    } as const;
    expect(exportFileName(name, AUG_2020, 'vi', 'csv')).toBe(
      'ty-le-dvc-muc-do-4_tinh_vung-dong-nam-bo_2020-08.csv',
    );
  });

  it('names the CSV for a Vietnamese Excel apart from the standard one', () => {
    const name = { subject: 'level4Rate', scope: 'all' } as const;
    expect(exportFileName(name, AUG_2020, 'vi', 'csv')).toBe(
      'ty-le-dvc-muc-do-4_toan-quoc_2020-08.csv',
    );
    expect(exportFileName(name, AUG_2020, 'vi', 'csv', 'semicolon')).toBe(
      'ty-le-dvc-muc-do-4_toan-quoc_2020-08_dau-cham-phay.csv',
    );
  });

  it('names every kind scope in both languages', () => {
    const scopes = (['all', 'province', 'ministry'] as const).map((scope) => [
      exportFileName({ subject: 'level4Rate', scope }, AUG_2020, 'vi', 'csv'),
      exportFileName({ subject: 'level4Rate', scope }, AUG_2020, 'en', 'csv'),
    ]);
    expect(scopes).toEqual([
      ['ty-le-dvc-muc-do-4_toan-quoc_2020-08.csv', 'level4-rate_national_2020-08.csv'],
      ['ty-le-dvc-muc-do-4_tinh_2020-08.csv', 'level4-rate_provinces_2020-08.csv'],
      ['ty-le-dvc-muc-do-4_bo_2020-08.csv', 'level4-rate_ministries_2020-08.csv'],
    ]);
  });

  it("uses a unit's registry id and a region's id as the scope", () => {
    expect(
      exportFileName({ subject: 'onlineDossierRate', scope: 'unit:42' }, AUG_2020, 'vi', 'xlsx'),
    ).toBe('ty-le-ho-so-truc-tuyen_42_2020-08.xlsx');
    expect(
      exportFileName({ subject: 'level34Rate', scope: 'unit:MOF' }, AUG_2020, 'en', 'svg'),
    ).toBe('level34-rate_mof_2020-08.svg');
    expect(
      exportFileName(
        { subject: 'level4Rate', scope: 'region:north-central-coast' },
        AUG_2020,
        'en',
        'png',
      ),
    ).toBe('level4-rate_north-central-coast_2020-08.png');
  });

  it('marks the square image and the table image', () => {
    const name = { subject: 'level4Rate', scope: 'all' } as const;
    expect(exportFileName(name, AUG_2020, 'vi', 'png', 'square')).toBe(
      'ty-le-dvc-muc-do-4_toan-quoc_2020-08_vuong.png',
    );
    expect(exportFileName(name, AUG_2020, 'en', 'png', 'table')).toBe(
      'level4-rate_national_2020-08_table.png',
    );
  });

  it("names a unit's rank history by subject, unit name, indicator and period, and pages", () => {
    const name = {
      subject: { vi: 'Thứ hạng', en: 'Rank' },
      scope: { vi: 'Hà Tĩnh', en: 'Ha Tinh' },
      indicator: 'level4Rate' as const,
    };
    expect(exportFileName(name, AUG_2020, 'vi', 'png')).toBe(
      'thu-hang_ha-tinh_ty-le-dvc-muc-do-4_2020-08.png',
    );
    expect(exportFileName(name, AUG_2020, 'en', 'svg')).toBe(
      'rank_ha-tinh_level4-rate_2020-08.svg',
    );
    expect(
      exportFileName({ subject: 'level4Rate', scope: 'province' }, AUG_2020, 'vi', 'png', 'table', {
        page: 2,
        pages: 2,
      }),
    ).toBe('ty-le-dvc-muc-do-4_tinh_2020-08_bang_2-2.png');
  });

  it('slugs a subject given as text, in the view language', () => {
    const subject = { vi: 'Tình trạng nguồn số liệu', en: 'Data health' };
    expect(exportFileName({ subject }, AUG_2020, 'vi', 'csv')).toBe(
      'tinh-trang-nguon-so-lieu_2020-08.csv',
    );
    expect(exportFileName({ subject }, AUG_2020, 'en', 'csv')).toBe('data-health_2020-08.csv');
    expect(exportFileName({ subject: { vi: 'Đắk Lắk', en: 'Dak Lak' } }, null, 'vi', 'csv')).toBe(
      'dak-lak.csv',
    );
  });
});

describe('slugify', () => {
  it('drops diacritics, đ included, and keeps only ASCII letters and digits', () => {
    expect(slugify('Tỷ lệ dịch vụ công trực tuyến mức độ 4')).toBe(
      'ty-le-dich-vu-cong-truc-tuyen-muc-do-4',
    );
    expect(slugify('Đà Nẵng')).toBe('da-nang');
    expect(slugify('TP Hồ Chí Minh')).toBe('tp-ho-chi-minh');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('=HYPERLINK("http://x","y")')).toBe('hyperlink-http-x-y');
    expect(slugify('***')).toBe('');
  });
});
