import { NATIONAL_FORMAT } from '../../src/data/schemas/extras-schema';
import type { NationalDocument } from './documents';

/**
 * National headline figures quoted at the committee's meetings (seeds 001_…, 002_…, 004_…).
 * Only the quoted points are real (EGDI ranks and 2020 index; portal figures for Feb and Aug
 * 2020); the months between are smooth fill.
 */
export function nationalDocument(): NationalDocument {
  return {
    format: NATIONAL_FORMAT,
    figures: [
      {
        id: 'un-egdi-rank',
        name: {
          vi: 'Xếp hạng Chính phủ điện tử của Liên Hợp Quốc (EGDI)',
          en: 'UN E-Government Development Index (EGDI) rank',
        },
        unit: 'rank',
        better: 'lower',
        of: 193,
        // "Up 10 places by the end of 2020", from 88th in 2018.
        target: { value: 78, deadline: '2020-12' },
        series: [
          { period: '2016-07', value: 89 },
          { period: '2018-07', value: 88 },
          { period: '2020-07', value: 86 },
        ],
      },
      {
        id: 'un-egdi-index',
        name: {
          vi: 'Chỉ số phát triển Chính phủ điện tử (EGDI)',
          en: 'E-Government Development Index (EGDI)',
        },
        unit: 'index',
        better: 'higher',
        series: [{ period: '2020-07', value: 0.6667 }],
      },
      {
        id: 'portal-accounts',
        name: {
          vi: 'Tài khoản đăng ký trên Cổng Dịch vụ công quốc gia',
          en: 'Accounts on the National Public Service Portal',
        },
        unit: 'count',
        better: 'higher',
        series: monthly([
          21_400, 34_900, 50_200, 73_600, 101_800, 134_100, 168_700, 203_300, 236_900,
        ]),
      },
      {
        id: 'portal-visits',
        name: {
          vi: 'Lượt truy cập Cổng Dịch vụ công quốc gia (lũy kế)',
          en: 'Visits to the National Public Service Portal (cumulative)',
        },
        unit: 'count',
        better: 'higher',
        series: monthly([
          5_100_000, 9_400_000, 14_300_000, 20_600_000, 27_500_000, 34_800_000, 42_600_000,
          51_200_000, 60_500_000,
        ]),
      },
    ],
  };
}

const PORTAL_MONTHS = [
  '2019-12',
  '2020-01',
  '2020-02',
  '2020-03',
  '2020-04',
  '2020-05',
  '2020-06',
  '2020-07',
  '2020-08',
];

function monthly(values: readonly number[]): { period: string; value: number }[] {
  return values.map((value, i) => ({ period: PORTAL_MONTHS[i] ?? '', value }));
}
