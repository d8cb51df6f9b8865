import { describe, expect, it } from 'vitest';
import { filterLaggards, laggardFacets } from '../../../src/domain/laggard-filter';
import { flagRuleBits, type Flag, type FlagRule } from '../../../src/domain/laggards';
import type { UnitModel } from '../../../src/domain/model';
import type { UnitKind } from '../../../src/domain/types';

const FLAG: Record<FlagRule, Flag> = {
  'off-track': {
    rule: 'off-track',
    value: 0.1,
    valueTenths: 100,
    slope: 0,
    projection: 0.1,
    projectionTenths: 100,
    target: 0.3,
    deadline: 0,
    monthsLeft: 4,
    requiredPace: 0.05,
  },
  stalled: {
    rule: 'stalled',
    value: 0.1,
    valueTenths: 100,
    earlierValue: 0.1,
    earlierTenths: 100,
    earlierPeriod: 0,
    gain: 0,
    gainTenths: 0,
    minGain: 0.005,
    target: 0.3,
  },
  'no-platform': { rule: 'no-platform', stage: 'none', deadline: 0, monthsToDeadline: 4 },
  'no-soc': { rule: 'no-soc', deadline: 0, monthsToDeadline: 4 },
  'bottom-decile': {
    rule: 'bottom-decile',
    rank: 9,
    ranked: 9,
    k: 1,
    tenths: 10,
    cutoffTenths: 10,
  },
  'stale-feed': { rule: 'stale-feed', cause: 'failed', newestPeriod: null, monthsBehind: null },
};

/** Only what the filters read: the unit's kind and its flags' rules, in the engine's order. */
function laggard(id: string, kind: UnitKind, rules: FlagRule[]): UnitModel {
  return {
    unit: { id, kind, name: { vi: id, en: id }, region: null },
    flagRules: flagRuleBits(rules),
    flags: rules.map((r) => FLAG[r]),
  } as UnitModel;
}

// Already in the engine's severity order.
const LAGGARDS = [
  laggard('P1', 'province', ['off-track', 'stalled', 'no-soc']),
  laggard('M1', 'ministry', ['off-track', 'no-platform']),
  laggard('P2', 'province', ['off-track', 'no-soc']),
  laggard('P3', 'province', ['stale-feed']),
  laggard('M2', 'ministry', ['no-soc']),
];

const ids = (units: UnitModel[]) => units.map((u) => u.unit.id);

describe('filterLaggards', () => {
  it('keeps every laggard, in order, without filters', () => {
    expect(ids(filterLaggards(LAGGARDS, { rule: null, kind: null }))).toEqual([
      'P1',
      'M1',
      'P2',
      'P3',
      'M2',
    ]);
  });

  it('keeps the units with a rule, in the same order', () => {
    expect(ids(filterLaggards(LAGGARDS, { rule: 'no-soc', kind: null }))).toEqual([
      'P1',
      'P2',
      'M2',
    ]);
  });

  it('keeps a kind, and both filters together', () => {
    expect(ids(filterLaggards(LAGGARDS, { rule: null, kind: 'ministry' }))).toEqual(['M1', 'M2']);
    expect(ids(filterLaggards(LAGGARDS, { rule: 'no-soc', kind: 'ministry' }))).toEqual(['M2']);
    expect(filterLaggards(LAGGARDS, { rule: 'bottom-decile', kind: null })).toEqual([]);
  });
});

describe('laggardFacets', () => {
  it('counts units per rule and per kind', () => {
    expect(laggardFacets(LAGGARDS, { rule: null, kind: null })).toEqual({
      byRule: {
        'off-track': 3,
        stalled: 1,
        'no-platform': 1,
        'no-soc': 3,
        'bottom-decile': 0,
        'stale-feed': 1,
      },
      anyRule: 5,
      byKind: { ministry: 2, province: 3 },
      anyKind: 5,
    });
  });

  it('counts rules within the chosen kind, and kinds within the chosen rule', () => {
    const facets = laggardFacets(LAGGARDS, { rule: 'no-soc', kind: 'province' });
    // Provinces: P1 (off-track, stalled, no-soc), P2 (off-track, no-soc), P3 (stale-feed).
    expect(facets.byRule).toEqual({
      'off-track': 2,
      stalled: 1,
      'no-platform': 0,
      'no-soc': 2,
      'bottom-decile': 0,
      'stale-feed': 1,
    });
    expect(facets.anyRule).toBe(3);
    // With no-soc: P1, P2 (provinces) and M2 (ministry).
    expect(facets.byKind).toEqual({ ministry: 1, province: 2 });
    expect(facets.anyKind).toBe(3);
  });
});
