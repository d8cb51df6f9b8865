import { describe, expect, it } from 'vitest';
import { buildPeriodModel } from '../../src/domain/model';
import {
  laggardsCaption,
  laggardsFileName,
  laggardsTableSpec,
  laggardsTitle,
  type LaggardsView,
} from '../../src/features/laggards/laggards-table-spec';
import { exportFileName } from '../../src/export/file-name';
import { createFormatters } from '../../src/i18n/format';
import { laggardsMessages } from '../../src/features/laggards/laggards-messages';
import { createI18n } from '../../src/i18n/i18n';
import { addScreenMessages } from '../../src/i18n/screen-messages';
import type { Locale } from '../../src/data/schemas/config-schema';
import { dataset, l4, m, unit } from '../support/dataset-builder';

// August 2020: A 30.0 %; B 10.0 %, its LGSP being built (bottom decile and no-platform);
// C's feed failed (stale-feed).
const model = buildPeriodModel(
  dataset([
    unit('A', [l4('2020-08', 300, 1000)]),
    unit('B', [l4('2020-08', 100, 1000, { lgsp: 'building' })]),
    unit('C', [], { feed: 'failed' }),
  ]),
  m('2020-08'),
);

function view(locale: Locale, patch: Partial<LaggardsView> = {}): LaggardsView {
  const i18n = createI18n(locale);
  addScreenMessages(i18n, laggardsMessages);
  return {
    period: m('2020-08'),
    rule: null,
    kind: null,
    locale,
    t: i18n.getFixedT(locale, 'laggards'),
    tCommon: i18n.getFixedT(locale, 'common'),
    f: createFormatters(locale),
    ...patch,
  };
}

describe('the laggards’ table spec', () => {
  it('names the period and the filters in its caption', () => {
    expect(laggardsCaption(view('vi'))).toBe('Đơn vị chậm tiến độ — số liệu đến 08/2020');
    expect(laggardsCaption(view('vi', { rule: 'stalled', kind: 'province' }))).toBe(
      'Đơn vị chậm tiến độ (tỉnh, thành phố; cảnh báo “Án binh bất động”) — số liệu đến 08/2020',
    );
    expect(laggardsCaption(view('en', { kind: 'ministry' }))).toBe(
      'Laggards (ministries) — data as of Aug 2020',
    );
  });

  it('titles and names an export with its filters, as a ranking’s', () => {
    const filtered = { rule: 'stalled', kind: 'province' } as const;
    expect(laggardsTitle(view('vi', filtered))).toBe(
      'Đơn vị chậm tiến độ (tỉnh, thành phố; cảnh báo “Án binh bất động”)',
    );
    expect(laggardsTitle(view('vi'))).toBe('Đơn vị chậm tiến độ');
    const name = (locale: Locale, patch: Partial<LaggardsView> = {}) =>
      exportFileName(laggardsFileName(view(locale, patch)), m('2020-08'), locale, 'png');
    expect(name('vi', filtered)).toBe('cham-tien-do_tinh_canh-bao-an-binh-bat-dong_2020-08.png');
    expect(name('en', filtered)).toBe('laggards_provinces_flag-standing-still_2020-08.png');
    expect(name('en', { kind: 'ministry' })).toBe('laggards_ministries_2020-08.png');
    expect(name('vi')).toBe('cham-tien-do_2020-08.png');
  });

  it('leaves its flags column out of a table image: the reasons name each flag', () => {
    const flags = laggardsTableSpec(view('vi'), model.laggards).columns.find(
      (c) => c.key === 'flags',
    );
    expect(flags?.repeatedIn).toBe('reasons');
  });

  it('has one row per laggard, in the engine’s order, with flags and reasons in words', () => {
    const spec = laggardsTableSpec(view('vi'), model.laggards);
    expect(spec.columns.map((c) => [c.key, c.kind])).toEqual([
      ['unit', 'unit'],
      ['kind', 'text'],
      ['level4', 'percent'],
      ['rank', 'rank'],
      ['rankedOf', 'count'],
      ['flags', 'flags'],
      ['reasons', 'text'],
      ['valueState', 'valueState'],
    ]);
    expect(spec.rows.map((r) => r.unitId)).toEqual(['B', 'C']);
    expect(spec.rows[0]!.cells).toEqual({
      unit: 'Tỉnh B',
      kind: 'Tỉnh, thành phố',
      level4: 0.1,
      rank: 2,
      rankedOf: 2,
      flags: ['no-platform', 'bottom-decile'],
      reasons:
        'Chưa kết nối nền tảng: Nền tảng đang ở giai đoạn “đang xây dựng”, chưa kết nối nền tảng quốc gia; hạn 12/2020; ' +
        'Nhóm 10% thấp nhất: Hạng 2/2 (10,0%), trong 1 đơn vị thấp nhất (ngưỡng 10,0%)',
      valueState: { state: 'value', fault: null },
    });
    expect(spec.rows[1]!.cells).toMatchObject({
      level4: null,
      rank: null,
      rankedOf: null,
      flags: ['stale-feed'],
      reasons: 'Số liệu không cập nhật: Không tải được nguồn số liệu',
      valueState: { state: 'feed-failed', fault: null },
    });
  });

  it('speaks English in English', () => {
    const spec = laggardsTableSpec(view('en'), model.laggards);
    expect(spec.columns[6]!.label).toBe('Flags and reasons');
    expect(spec.rows[1]!.cells.reasons).toBe('Stale feed: The feed could not be loaded');
  });
});
