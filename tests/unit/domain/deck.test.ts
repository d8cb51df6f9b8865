import { describe, expect, it } from 'vitest';
import {
  buildDeck,
  columnsOf,
  excerpt,
  roundPercentTicks,
  rankingLines,
} from '../../../src/domain/deck';
import type { Region, Unit } from '../../../src/domain/types';
import { m } from '../../support/dataset-builder';

const AUG = m('2020-08');

const NORTH: Region = { id: 'north', name: { vi: 'Miền Bắc', en: 'North' } };
const SOUTH: Region = { id: 'south', name: { vi: 'Miền Nam', en: 'South' } };
const EMPTY: Region = { id: 'empty', name: { vi: 'Vùng trống', en: 'Empty' } };

function u(id: string, kind: Unit['kind'], region: string | null = null): Unit {
  return { id, kind, name: { vi: id, en: id }, region };
}

const UNITS = [
  u('01', 'province', 'north'),
  u('79', 'province', 'south'),
  u('42', 'province', 'north'),
  u('MOF', 'ministry'),
];

describe('buildDeck', () => {
  it('has the slides in meeting order, one per region with units, in registry order', () => {
    const deck = buildDeck({ period: AUG, units: UNITS, regions: [SOUTH, EMPTY, NORTH], pick: [] });
    expect(deck.slides.map((s) => s.kind)).toEqual([
      'headline',
      'trend',
      'ranking',
      'map',
      'laggards',
      'movers',
      'region',
      'region',
    ]);
    expect(deck.slides[2]).toEqual({ kind: 'ranking', unitKind: 'ministry' });
    expect(deck.slides[5]).toEqual({ kind: 'movers', since: m('2020-07') });
    expect(deck.slides.slice(6)).toEqual([
      { kind: 'region', region: SOUTH, units: 1 },
      { kind: 'region', region: NORTH, units: 2 },
    ]);
    expect(deck.notes).toEqual([]);
  });

  it('adds a slide per picked unit, in the order picked, dropping repeats and noting unknown ids', () => {
    const deck = buildDeck({
      period: AUG,
      units: UNITS,
      regions: [NORTH, SOUTH],
      pick: ['42', 'MOF', 'XX', '42', 'YY'],
    });
    const units = deck.slides.filter((s) => s.kind === 'unit');
    expect(units.map((s) => s.unit.id)).toEqual(['42', 'MOF']);
    expect(deck.slides.length).toBe(10);
    expect(deck.notes).toEqual([{ kind: 'unknown-picks', ids: ['XX', 'YY'] }]);
  });

  it('still gives a deck without regions, ministries or provinces, with notes saying so', () => {
    const provinces = buildDeck({
      period: AUG,
      units: [u('01', 'province'), u('02', 'province')],
      regions: [],
      pick: [],
    });
    expect(provinces.slides.map((s) => s.kind)).toEqual([
      'headline',
      'trend',
      'map',
      'laggards',
      'movers',
    ]);
    expect(provinces.notes).toEqual([{ kind: 'no-ministries' }, { kind: 'no-regions' }]);

    const ministries = buildDeck({
      period: AUG,
      units: [u('MOF', 'ministry')],
      regions: [NORTH],
      pick: [],
    });
    expect(ministries.slides.map((s) => s.kind)).toEqual([
      'headline',
      'trend',
      'ranking',
      'laggards',
      'movers',
    ]);
    expect(ministries.notes).toEqual([{ kind: 'no-provinces' }, { kind: 'no-regions' }]);
  });

  it('ignores a unit region the registry does not name', () => {
    const deck = buildDeck({
      period: AUG,
      units: [u('01', 'province', 'ghost')],
      regions: [NORTH],
      pick: [],
    });
    expect(deck.slides.some((s) => s.kind === 'region')).toBe(false);
    expect(deck.notes).toEqual([{ kind: 'no-ministries' }, { kind: 'no-regions' }]);
  });
});

describe('excerpt', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('keeps a list that fits whole', () => {
    expect(excerpt(ten, 10)).toEqual({ head: ten, skipped: 0, tail: [] });
    expect(excerpt([], 4)).toEqual({ head: [], skipped: 0, tail: [] });
  });

  it('keeps the top and the bottom of a list that does not fit', () => {
    expect(excerpt(ten, 4)).toEqual({ head: [1, 2], skipped: 6, tail: [9, 10] });
    // Odd room: one more at the top.
    expect(excerpt(ten, 5)).toEqual({ head: [1, 2, 3], skipped: 5, tail: [9, 10] });
    expect(excerpt(ten, 1)).toEqual({ head: [1], skipped: 9, tail: [] });
    expect(excerpt(ten, 0)).toEqual({ head: [], skipped: 10, tail: [] });
  });
});

describe('columnsOf', () => {
  it('fills as few columns as needed, as evenly as possible', () => {
    const items = Array.from({ length: 22 }, (_, i) => i + 1);
    const columns = columnsOf(items, 2, 12);
    expect(columns.map((c) => c.length)).toEqual([11, 11]);
    expect(columns[0]![0]).toBe(1);
    expect(columns[1]![0]).toBe(12);
    expect(columnsOf([1, 2, 3], 2, 12)).toEqual([[1, 2, 3]]);
    expect(columnsOf([1, 2, 3, 4, 5], 3, 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(columnsOf([1, 2, 3, 4, 5, 6, 7], 2, 4)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
    ]);
  });

  it('places no more than fits', () => {
    expect(columnsOf([1, 2, 3, 4, 5], 2, 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(columnsOf([], 2, 12)).toEqual([]);
  });
});

describe('rankingLines', () => {
  const rows = [
    { id: 'a', rank: 1 },
    { id: 'b', rank: 2 },
    { id: 'c', rank: 2 },
    { id: 'd', rank: 4 },
    { id: 'e', rank: 5 },
    { id: 'f', rank: null },
    { id: 'g', rank: null },
  ];

  it('lists every ranked row when they fit, and gives the unranked apart', () => {
    const { lines, unranked } = rankingLines(rows, 5);
    expect(lines.map((l) => (l.kind === 'row' ? l.row.id : l.count))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
    expect(unranked.map((r) => r.id)).toEqual(['f', 'g']);
  });

  it('keeps the top and the bottom and says how many it skips, within the capacity', () => {
    // Capacity 4: one line for "… 2 more", then 2 at the top and 1 at the bottom.
    const { lines } = rankingLines(rows, 4);
    expect(lines).toEqual([
      { kind: 'row', row: rows[0] },
      { kind: 'row', row: rows[1] },
      { kind: 'skipped', count: 2 },
      { kind: 'row', row: rows[4] },
    ]);
  });
});

describe('roundPercentTicks', () => {
  it('ticks every 10 points up to a top of 50 %, every 20 points above', () => {
    expect(roundPercentTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(roundPercentTicks(0.1)).toEqual([0, 0.1]);
    expect(roundPercentTicks(0.5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(roundPercentTicks(0.7)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(roundPercentTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
