import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrintTileMap, type PrintTile } from '../../src/components/tile-map/print-tile-map';
import { ARCHIPELAGOS } from '../../src/components/tile-map/vietnam-tiles';

const tile = (id: string, label: string, name: string, rest: Partial<PrintTile>): PrintTile => ({
  id,
  col: 0,
  row: 0,
  label,
  city: false,
  name,
  tileText: '–',
  classIndex: null,
  absence: null,
  ...rest,
});

describe('the tile map for print', () => {
  it('names both archipelagos with their units, keys every abbreviation, tells absences apart', () => {
    const { container } = render(
      <PrintTileMap
        tiles={[
          tile('a', 'ĐN', 'Đà Nẵng', { col: 5, row: 9, classIndex: 1, tileText: '28,5%' }),
          tile('b', 'KH', 'Khánh Hòa', { col: 5, row: 13, absence: 'failed', tileText: '!' }),
          tile('c', 'HT', 'Hà Tĩnh', { col: 3, row: 6, absence: 'silent' }),
          tile('d', 'QB', 'Quảng Bình', { col: 3, row: 7, absence: 'none' }),
        ]}
        columns={7}
        rows={20}
        classCount={2}
        legendTitle="Tỷ lệ dịch vụ công trực tuyến mức độ 4"
        legend={[
          { classIndex: 0, label: 'Chưa đạt' },
          { classIndex: 1, label: 'Đạt' },
        ]}
        absence={{
          failed: 'Lỗi nguồn số liệu',
          silent: 'Chưa báo cáo',
          none: 'Không có dịch vụ công',
          loading: 'Đang tải số liệu',
        }}
        archipelagos={ARCHIPELAGOS.map((a) => ({
          ...a,
          name: a.id === 'hoangSa' ? 'Quần đảo Hoàng Sa' : 'Quần đảo Trường Sa',
          unitName: a.id === 'hoangSa' ? '(Đà Nẵng)' : '(Khánh Hòa)',
        }))}
        keyTitle="Tên viết tắt"
        width={1112}
      />,
    );
    for (const text of [
      'Quần đảo Hoàng Sa',
      '(Đà Nẵng)',
      'Quần đảo Trường Sa',
      '(Khánh Hòa)',
      'Lỗi nguồn số liệu',
      'Chưa báo cáo',
      'Không có dịch vụ công',
      'Tên viết tắt',
    ]) {
      expect(screen.getByText(text)).toBeInTheDocument();
    }
    // Every abbreviation on a tile has its full name in the key.
    for (const name of ['Đà Nẵng', 'Khánh Hòa', 'Hà Tĩnh', 'Quảng Bình']) {
      expect(screen.getAllByText(name).length).toBeGreaterThan(0);
    }
    // Three absences, three looks: a grey fill, a hatch, a white dotted tile.
    const fills = [...container.querySelectorAll('g > rect:first-child')].map((r) =>
      r.getAttribute('fill'),
    );
    expect(fills).toEqual(expect.arrayContaining(['#aab3bf', 'url(#print-hatch)', '#ffffff']));
    expect(container.querySelector('foreignObject')).toBeNull();
    // No feed is still loading: the legend does not offer a state no tile has.
    expect(screen.queryByText('Đang tải số liệu')).toBeNull();
  });
});
