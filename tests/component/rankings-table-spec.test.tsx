import { describe, expect, it } from 'vitest';
import { buildPeriodModel } from '../../src/domain/model';
import { filterRankingRows, NO_REGION, rankingTable } from '../../src/domain/ranking-rows';
import type { Region } from '../../src/domain/types';
import {
  rankingCaption,
  rankingColumnIds,
  rankingFilters,
  rankingsTableSpec,
  type RankingView,
} from '../../src/features/rankings/rankings-table-spec';
import { createFormatters } from '../../src/i18n/format';
import { rankingsMessages } from '../../src/features/rankings/rankings-messages';
import { createI18n } from '../../src/i18n/i18n';
import { addScreenMessages } from '../../src/i18n/screen-messages';
import type { Locale } from '../../src/data/schemas/config-schema';
import { dataset, l4, m, unit } from '../support/dataset-builder';

const REGIONS: Region[] = [{ id: 'r1', name: { vi: 'Tây Nguyên', en: 'Central Highlands' } }];

// August 2020: A 30.0 % (rank 1, up from 2), B 25.0 % (rank 2, down from 1, bottom decile).
const model = buildPeriodModel(
  dataset(
    [
      unit('A', [l4('2020-07', 100, 1000), l4('2020-08', 300, 1000)], { region: 'r1' }),
      unit('B', [l4('2020-07', 200, 1000), l4('2020-08', 250, 1000)]),
    ],
    { regions: REGIONS },
  ),
  m('2020-08'),
);

const table = rankingTable(model, 'province', 'level4Rate', REGIONS);

function view(locale: Locale, patch: Partial<RankingView> = {}): RankingView {
  const i18n = createI18n(locale);
  addScreenMessages(i18n, rankingsMessages);
  return {
    table,
    period: m('2020-08'),
    regionName: null,
    noRegion: false,
    flag: null,
    locale,
    t: i18n.getFixedT(locale, 'rankings'),
    f: createFormatters(locale),
    ...patch,
  };
}

describe('the ranking’s table spec (what "show as table" and the exports carry)', () => {
  it('names what, which kind and which period in its caption', () => {
    expect(rankingCaption(view('vi'))).toBe(
      'Xếp hạng tỉnh, thành phố theo tỷ lệ DVC mức độ 4 — số liệu đến 08/2020',
    );
    expect(rankingCaption(view('en'))).toBe(
      'Provinces ranked by level-4 online service rate — data as of Aug 2020',
    );
  });

  it('says which filters are on', () => {
    expect(rankingCaption(view('vi', { regionName: 'Tây Nguyên', flag: 'bottom-decile' }))).toBe(
      'Xếp hạng tỉnh, thành phố theo tỷ lệ DVC mức độ 4 (vùng Tây Nguyên; cảnh báo “Nhóm 10% thấp nhất”) — số liệu đến 08/2020',
    );
    expect(rankingCaption(view('en', { noRegion: true }))).toBe(
      'Provinces ranked by level-4 online service rate (no known region) — data as of Aug 2020',
    );
    expect(rankingFilters(view('en', { query: ' ha ' }))).toBe('search “ha”');
    expect(rankingFilters(view('en'))).toBeNull();
  });

  it('has the on-screen columns with their kinds, and the engine’s values by unit', () => {
    const v = view('vi');
    const spec = rankingsTableSpec(v, table.rows);
    expect(spec.columns.map((c) => [c.key, c.label, c.kind])).toEqual([
      ['rank', 'Hạng', 'rank'],
      ['name', 'Tỉnh, thành phố', 'unit'],
      ['change', 'Thay đổi hạng', 'rankChange'],
      ['level4Rate', 'DVC mức độ 4', 'percent'],
      ['target', 'Mục tiêu', 'target'],
      ['projection', 'Dự báo 12/2020', 'percent'],
      ['status', 'Tình trạng', 'status'],
      ['flags', 'Cảnh báo', 'flags'],
      ['level34Rate', 'DVC mức độ 3 và 4', 'percent'],
      ['onlineDossierRate', 'Hồ sơ trực tuyến', 'percent'],
      ['valueState', 'Tình trạng số liệu', 'valueState'],
    ]);
    expect(spec.rows[0]).toEqual({
      unitId: 'A',
      cells: {
        rank: 1,
        name: 'Tỉnh A',
        change: 1,
        level4Rate: 0.3,
        target: 0.3,
        projection: null,
        status: 'met',
        flags: [],
        level34Rate: null,
        onlineDossierRate: null,
        valueState: { state: 'value', fault: null },
      },
    });
    expect(spec.rows[1]!.cells).toMatchObject({ rank: 2, change: -1, flags: ['bottom-decile'] });
  });

  it('keeps the rows it is given, in that order (the screen’s sort and filters)', () => {
    const v = view('en', { regionName: null, noRegion: true });
    const rows = filterRankingRows(table.rows, { region: NO_REGION, flag: null });
    const spec = rankingsTableSpec(v, rows);
    expect(spec.rows.map((r) => [r.unitId, r.cells.name])).toEqual([['B', 'Province B']]);
  });

  it('leaves out target, projection and status for an indicator without a target', () => {
    expect(rankingColumnIds('onlineDossierRate', false)).toEqual([
      'rank',
      'name',
      'change',
      'onlineDossierRate',
      'flags',
      'level4Rate',
      'level34Rate',
    ]);
  });
});
