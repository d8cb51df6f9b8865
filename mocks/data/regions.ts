import type { Region } from '../../src/domain/types';

/** The six socio-economic regions of the General Statistics Office. */
export const REGIONS = [
  {
    id: 'northern-midlands-mountains',
    name: { vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
  },
  { id: 'red-river-delta', name: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' } },
  {
    id: 'north-central-coast',
    name: {
      vi: 'Bắc Trung Bộ và Duyên hải miền Trung',
      en: 'North Central and Central Coast',
    },
  },
  { id: 'central-highlands', name: { vi: 'Tây Nguyên', en: 'Central Highlands' } },
  { id: 'southeast', name: { vi: 'Đông Nam Bộ', en: 'Southeast' } },
  { id: 'mekong-delta', name: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta' } },
] as const satisfies readonly Region[];

export type RegionId = (typeof REGIONS)[number]['id'];
