import { describe, expect, it } from 'vitest';
import { buildPeriodModel } from '../../../src/domain/model';
import { rankMovers, type MoverList } from '../../../src/domain/movers';
import { dataset, l4, m, unit } from '../../support/dataset-builder';

const AUG = m('2020-08');

function ids(list: MoverList) {
  return list.movers.map((mv) => mv.unit.id);
}

describe('rankMovers', () => {
  /**
   * Level-4 rate (services out of 1,000), July → August 2020:
   *   A 10,0 → 35,0   B 20,0 → 20,0   C 30,0 → 10,0   D 15,0 → 15,0
   *   E 25,0 → 26,0   F 12,0 → (none)  G (none) → 5,0
   * July ranks:  C 1, E 2, B 3, D 4, F 5, A 6 (G unranked).
   * August ranks: A 1, E 2, B 3, D 4, C 5, G 6 (F unranked).
   * Moves (July − August): A +5, E 0, B 0, D 0, C −4; G newly ranked, F no longer ranked.
   * The ministry M climbs from 2nd to 1st among the ministries but is no province.
   */
  const model = buildPeriodModel(
    dataset([
      unit('A', [l4('2020-07', 100, 1000), l4('2020-08', 350, 1000)]),
      unit('B', [l4('2020-07', 200, 1000), l4('2020-08', 200, 1000)]),
      unit('C', [l4('2020-07', 300, 1000), l4('2020-08', 100, 1000)]),
      unit('D', [l4('2020-07', 150, 1000), l4('2020-08', 150, 1000)]),
      unit('E', [l4('2020-07', 250, 1000), l4('2020-08', 260, 1000)]),
      unit('F', [l4('2020-07', 120, 1000)]),
      unit('G', [l4('2020-08', 50, 1000)]),
      unit('M', [l4('2020-07', 10, 100), l4('2020-08', 40, 100)], { kind: 'ministry' }),
      unit('N', [l4('2020-07', 20, 100), l4('2020-08', 30, 100)], { kind: 'ministry' }),
    ]),
    AUG,
  );

  it('lists the biggest climb and the biggest fall with both ranks and both values', () => {
    const movers = rankMovers(model, 'province', 'level4Rate', 3);
    expect(ids(movers.up)).toEqual(['A']);
    expect(ids(movers.down)).toEqual(['C']);
    expect(movers.up.movers[0]).toMatchObject({
      rank: 1,
      previousRank: 6,
      places: 5,
      distance: 5,
      tenths: 350,
      previousTenths: 100,
      changeTenths: 250,
    });
    expect(movers.up.movers[0]!.change).toBeCloseTo(0.25, 12);
    expect(movers.down.movers[0]).toMatchObject({
      rank: 5,
      previousRank: 1,
      places: -4,
      distance: 4,
      tenths: 100,
      previousTenths: 300,
      changeTenths: -200,
    });
  });

  it('counts the units it cannot compare, and those that kept their rank', () => {
    const movers = rankMovers(model, 'province', 'level4Rate', 3);
    expect(movers.total).toBe(7);
    expect(movers.compared).toBe(5);
    // F (nothing in August) and G (nothing in July).
    expect(movers.notCompared).toBe(2);
    expect(movers.unchanged).toBe(3);
    expect(movers.newlyRanked).toBe(1);
    expect(movers.noLongerRanked).toBe(1);
    expect(movers.up.tiedBeyond).toBe(0);
    expect(movers.down.tiedBeyond).toBe(0);
  });

  it('keeps the kinds apart: ranks are within a kind', () => {
    const movers = rankMovers(model, 'ministry', 'level4Rate', 3);
    // July: N 20 % (1st), M 10 % (2nd); August: M 40 % (1st), N 30 % (2nd).
    expect(ids(movers.up)).toEqual(['M']);
    expect(ids(movers.down)).toEqual(['N']);
    expect(movers.total).toBe(2);
  });

  /**
   * July:   P1 10,0  P2 11,0  P3 12,0  P4 13,0  P5 14,0  P6 50,0
   * August: P1 10,5  P2 11,5  P3 12,9  P4 13,5  P5 14,5  P6  1,0
   * July ranks P6 1, P5 2, P4 3, P3 4, P2 5, P1 6; August P5 1, P4 2, P3 3, P2 4, P1 5, P6 6.
   * Every P1–P5 climbs one place; P3 gained most (+0,9 pp), the others +0,5 pp each; P6 falls 5.
   */
  const ties = buildPeriodModel(
    dataset([
      unit('P1', [l4('2020-07', 100, 1000), l4('2020-08', 105, 1000)]),
      unit('P2', [l4('2020-07', 110, 1000), l4('2020-08', 115, 1000)]),
      unit('P3', [l4('2020-07', 120, 1000), l4('2020-08', 129, 1000)]),
      unit('P4', [l4('2020-07', 130, 1000), l4('2020-08', 135, 1000)]),
      unit('P5', [l4('2020-07', 140, 1000), l4('2020-08', 145, 1000)]),
      unit('P6', [l4('2020-07', 500, 1000), l4('2020-08', 10, 1000)]),
    ]),
    AUG,
  );

  it('orders equal moves by the gain as shown, then registry order, and counts ties left out', () => {
    const movers = rankMovers(ties, 'province', 'level4Rate', 3);
    expect(ids(movers.up)).toEqual(['P3', 'P1', 'P2']);
    expect(movers.up.movers.map((mv) => mv.changeTenths)).toEqual([9, 5, 5]);
    // P4 and P5 also climbed one place.
    expect(movers.up.tiedBeyond).toBe(2);
    expect(ids(movers.down)).toEqual(['P6']);
    expect(movers.down.movers[0]!.places).toBe(-5);
    expect(movers.down.movers[0]!.changeTenths).toBe(-490);
  });

  it('orders equal falls by the larger loss first', () => {
    // July: Q1 30, Q2 20, Q3 10, Q4 5; August: Q3 40, Q4 35, Q1 29, Q2 15.
    // July ranks Q1 1, Q2 2, Q3 3, Q4 4; August Q3 1, Q4 2, Q1 3, Q2 4.
    // Q1 and Q2 both fall 2 places: Q2 lost 5,0 pp, Q1 lost 1,0 pp.
    const model2 = buildPeriodModel(
      dataset([
        unit('Q1', [l4('2020-07', 300, 1000), l4('2020-08', 290, 1000)]),
        unit('Q2', [l4('2020-07', 200, 1000), l4('2020-08', 150, 1000)]),
        unit('Q3', [l4('2020-07', 100, 1000), l4('2020-08', 400, 1000)]),
        unit('Q4', [l4('2020-07', 50, 1000), l4('2020-08', 350, 1000)]),
      ]),
      AUG,
    );
    const movers = rankMovers(model2, 'province', 'level4Rate', 1);
    expect(ids(movers.down)).toEqual(['Q2']);
    expect(movers.down.tiedBeyond).toBe(1);
    // Q3 climbed 2 (+30,0 pp), Q4 climbed 2 (+30,0 pp): registry order.
    expect(ids(movers.up)).toEqual(['Q3']);
    expect(movers.up.tiedBeyond).toBe(1);
  });

  it('treats values equal at the precision shown as tied, as the ranks do', () => {
    // July: R1 23,41 % and R2 23,4 % share rank 1; August R1 23,4 %, R2 25,0 %: R2 stays 1st,
    // R1 falls from 1 to 2.
    const model3 = buildPeriodModel(
      dataset([
        unit('R1', [l4('2020-07', 2341, 10000), l4('2020-08', 234, 1000)]),
        unit('R2', [l4('2020-07', 234, 1000), l4('2020-08', 250, 1000)]),
      ]),
      AUG,
    );
    const movers = rankMovers(model3, 'province', 'level4Rate', 5);
    expect(ids(movers.up)).toEqual([]);
    expect(ids(movers.down)).toEqual(['R1']);
    expect(movers.down.movers[0]).toMatchObject({
      previousRank: 1,
      rank: 2,
      places: -1,
      previousTenths: 234,
      tenths: 234,
      changeTenths: 0,
    });
    expect(movers.unchanged).toBe(1);
  });

  it('has nobody to compare when the previous period has no data', () => {
    const first = buildPeriodModel(
      dataset([unit('A', [l4('2020-08', 100, 1000)]), unit('B', [l4('2020-08', 200, 1000)])]),
      AUG,
    );
    const movers = rankMovers(first, 'province', 'level4Rate', 3);
    expect(movers.compared).toBe(0);
    expect(movers.newlyRanked).toBe(2);
    expect(movers.up).toEqual({ movers: [], tiedBeyond: 0 });
    expect(movers.down).toEqual({ movers: [], tiedBeyond: 0 });
  });

  it('lists nobody when asked for none', () => {
    const movers = rankMovers(ties, 'province', 'level4Rate', 0);
    expect(movers.up).toEqual({ movers: [], tiedBeyond: 0 });
    expect(movers.compared).toBe(6);
  });
});
