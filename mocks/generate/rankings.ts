import { RANKINGS_FORMAT } from '../../src/data/schemas/extras-schema';
import type { UnitKind } from '../../src/domain/types';
import { MINISTRY_EGOV_RANKING_2019, PROVINCE_ICT_INDEX_2019 } from '../data/rankings-2019';
import type { RankingsDocument } from './documents';

/** The officially published 2019 rankings; `kinds` limits them (the scale scenario has no provinces). */
export function rankingsDocument(
  kinds: readonly UnitKind[] = ['province', 'ministry'],
): RankingsDocument {
  const all = [
    {
      id: 'ict-index-2019-provinces',
      name: {
        vi: 'Xếp hạng mức độ ứng dụng công nghệ thông tin của các tỉnh, thành phố năm 2019',
        en: '2019 ICT-application index of the provinces',
      },
      kind: 'province' as const,
      period: '2019-12',
      order: [...PROVINCE_ICT_INDEX_2019],
    },
    {
      id: 'egov-ranking-2019-ministries',
      name: {
        vi: 'Xếp hạng Chính phủ điện tử các bộ, cơ quan ngang bộ năm 2019 (Bộ Thông tin và Truyền thông)',
        en: '2019 e-government ranking of the ministries (Ministry of Information and Communications)',
      },
      kind: 'ministry' as const,
      period: '2019-12',
      order: [...MINISTRY_EGOV_RANKING_2019],
    },
  ];
  return { format: RANKINGS_FORMAT, rankings: all.filter((r) => kinds.includes(r.kind)) };
}
