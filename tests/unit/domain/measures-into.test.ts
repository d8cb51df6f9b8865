import { describe, expect, it } from 'vitest';
import { INDICATORS, measure, measuresInto } from '../../../src/domain/indicators';
import type { Observation } from '../../../src/domain/types';
import { obs } from '../../support/dataset-builder';

/** measuresInto (all indicators of one observation at once, for the engine) agrees with measure(). */
function viaMeasuresInto(o: Observation) {
  const num = new Float64Array(INDICATORS.length).fill(-1);
  const den = new Float64Array(INDICATORS.length).fill(-1);
  const reported = measuresInto(o, num, den, 0);
  return INDICATORS.map((_, i) =>
    (reported & (1 << i)) === 0 ? null : { num: num[i], den: den[i] },
  );
}

const cases: [string, Observation][] = [
  ['nothing reported', obs('2020-01')],
  [
    'everything reported',
    obs('2020-01', {
      servicesTotal: 200,
      servicesLevel3: 50,
      servicesLevel4: 30,
      dossiersTotal: 1000,
      dossiersOnline: 400,
      lgsp: 'connected',
      soc: true,
      vdxp: false,
      portalConnected: true,
    }),
  ],
  ['level 4 without total', obs('2020-01', { servicesLevel4: 3, servicesLevel3: 2 })],
  ['level 4 without level 3', obs('2020-01', { servicesTotal: 10, servicesLevel4: 3 })],
  ['level 3 without level 4', obs('2020-01', { servicesTotal: 10, servicesLevel3: 3 })],
  ['zero services', obs('2020-01', { servicesTotal: 0, servicesLevel3: 0, servicesLevel4: 0 })],
  ['dossiers only online', obs('2020-01', { dossiersOnline: 5 })],
  ['platform building, no SOC', obs('2020-01', { lgsp: 'building', soc: false })],
  ['document axis and portal', obs('2020-01', { vdxp: true, portalConnected: false })],
];

describe('measuresInto', () => {
  it.each(cases)('gives every indicator the measure of measure(): %s', (_, o) => {
    expect(viaMeasuresInto(o)).toEqual(INDICATORS.map((ind) => measure(ind, o)));
  });

  it('writes at the offset it is given', () => {
    const num = new Float64Array(14);
    const den = new Float64Array(14);
    measuresInto(obs('2020-01', { servicesTotal: 8, servicesLevel4: 2 }), num, den, 7);
    expect([num[7], den[7], num[0], den[0]]).toEqual([2, 8, 0, 0]);
  });
});
