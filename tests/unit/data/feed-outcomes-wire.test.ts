import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/domain/types';
import { fromFeedOutcomes, toFeedOutcomes } from '../../../src/data/feed-outcomes-wire';
import type { FeedResult } from '../../../src/data/load-documents';
import { fromColumns, toColumns } from '../../../src/data/observation-columns';
import type { Outcome } from '../../../src/data/outcome';
import { obs } from '../../support/dataset-builder';

const blank = obs('2019-01');

const full = obs('2020-08', {
  servicesTotal: 1_234_567_890_123,
  servicesLevel3: 0,
  servicesLevel4: 2.5,
  dossiersTotal: Number.MAX_SAFE_INTEGER,
  dossiersOnline: 1e-7,
  lgsp: 'connected',
  soc: true,
  vdxp: false,
  portalConnected: true,
});

/** Every field on its own: one count reported, or one flag, the rest not. */
const oneEach: Observation[] = [
  obs('2019-02', { servicesTotal: 7 }),
  obs('2019-03', { servicesLevel3: 7 }),
  obs('2019-04', { servicesLevel4: 7 }),
  obs('2019-05', { dossiersTotal: 7 }),
  obs('2019-06', { dossiersOnline: 7 }),
  obs('2019-07', { lgsp: 'none' }),
  obs('2019-08', { lgsp: 'building' }),
  obs('2019-09', { lgsp: 'operational' }),
  obs('2019-10', { soc: false }),
  obs('2019-11', { vdxp: true }),
  obs('2019-12', { portalConnected: false }),
];

describe('observation columns', () => {
  it('give back every list as it was: each field reported or not, lists of any length', () => {
    const lists = [oneEach, [], [full, blank], [full]];
    const back = fromColumns(structuredClone(toColumns(lists)));
    expect(back).toEqual(lists);
    // null stays null and 0 stays 0 (neither becomes the other).
    expect(back[2]![1]!.servicesLevel3).toBeNull();
    expect(back[2]![0]!.servicesLevel3).toBe(0);
    expect(Object.keys(back[0]![0]!)).toEqual(Object.keys(blank));
  });

  it('refuse a stage the contract does not have rather than send another', () => {
    const odd = { ...blank, lgsp: 'launched' } as unknown as Observation;
    expect(() => toColumns([[odd]])).toThrow(/launched/);
  });
});

const result = (unitId: string, observations: Observation[]): FeedResult => ({
  unitId,
  url: `https://feeds.test/${unitId}.json`,
  updatedAt: null,
  updatedAtInvalid: null,
  observations,
  rejections: [{ index: 2, period: '2020-13', issues: [] }],
  receivedAt: 5,
  copy: `${unitId}@1`,
});

describe('feed outcomes across the worker boundary', () => {
  it('keep each outcome in its place, failures included, with its own observations', () => {
    const outcomes: Outcome<FeedResult>[] = [
      { ok: true, value: result('a', [full]) },
      { ok: false, kind: 'http', detail: { status: 503 } },
      { ok: true, value: result('b', []) },
      { ok: false, kind: 'unexpected', message: 'boom' },
      { ok: true, value: result('c', oneEach) },
    ];
    const { wire, buffers } = toFeedOutcomes(outcomes);
    const crossed = structuredClone(wire, { transfer: buffers });
    expect(fromFeedOutcomes(crossed)).toEqual(outcomes);
    // Moved, not copied: the sender's buffers are emptied.
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true);
    // The observations cross in the columns only.
    expect(crossed.outcomes.every((o) => !o.ok || !('observations' in o.value))).toBe(true);
  });
});
