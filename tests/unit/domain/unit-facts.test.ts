import { describe, expect, it } from 'vitest';
import { buildPeriodModel } from '../../../src/domain/model';
import { lgspStageAt } from '../../../src/domain/unit-facts';
import { dataset, l4, m, obs, unit } from '../../support/dataset-builder';

const AUG = m('2020-08');

describe('unit facts', () => {
  const units = [
    unit('A', [l4('2020-08', 12, 100, { lgsp: 'building' })]),
    unit('B', [l4('2020-08', 0, 0)]),
    unit('C', [obs('2020-08', { soc: true })]),
  ];
  const model = buildPeriodModel(dataset(units), AUG);
  const l4Of = (id: string) => model.byId.get(id)!.indicators.level4Rate;

  it('tells a value from not reported and from a rate with no services (0 in total)', () => {
    expect(l4Of('A').state).toBe('value');
    expect(l4Of('B').state).toBe('no-services');
    expect(l4Of('C').state).toBe('not-reported');
    expect(model.byId.get('C')!.indicators.socOperational.state).toBe('value');
  });

  it('reads the data platform stage of the period, or null', () => {
    expect(lgspStageAt(units[0], AUG)).toBe('building');
    expect(lgspStageAt(units[0], AUG - 1)).toBeNull();
    expect(lgspStageAt(units[1], AUG)).toBeNull();
    expect(lgspStageAt(undefined, AUG)).toBeNull();
  });
});
