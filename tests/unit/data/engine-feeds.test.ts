import { describe, expect, it, vi } from 'vitest';
import { answerPeriodParts, keepSentCopies, keptForEngine } from '../../../src/data/engine-feeds';
import type { EngineRequest, EngineUnit } from '../../../src/data/engine-request';
import type { FeedResult } from '../../../src/data/load-documents';
import { enginePeriodParts as askEngine } from '../../../src/data/pipeline-client';
import { pipeline } from '../../../src/data/pipeline';
import { toDataset } from '../../../src/data/to-dataset';
import type { Registry, RegistryUnit } from '../../../src/data/parse-registry';
import { buildPeriodModel } from '../../../src/domain/model';
import { modelFromParts, periodParts } from '../../../src/domain/period-parts';
import type { Observation } from '../../../src/domain/types';
import { l4, m } from '../../support/dataset-builder';

const period = m('2020-08');

function result(id: string, observations: Observation[]): FeedResult {
  return {
    unitId: id,
    url: `http://localhost/feeds/${id}.json`,
    updatedAt: null,
    updatedAtInvalid: null,
    observations,
    rejections: [],
    receivedAt: 0,
  };
}

const unitOf = (id: string, copy: string | null): EngineUnit => ({
  id,
  kind: 'province',
  region: null,
  feed: 'loaded',
  copy,
});

function request(units: EngineUnit[]): EngineRequest {
  return { period, asOf: null, targets: [], units };
}

const A = [l4('2020-07', 10, 100), l4('2020-08', 20, 100)];
const B = [l4('2020-08', 5, 50)];

describe('the engine in the data worker', () => {
  it('reads the feeds it loaded by their copy, with nothing sent', () => {
    const a = keptForEngine(result('a', A));
    const b = keptForEngine(result('b', B));
    expect(a.copy).not.toBe(b.copy);

    const answer = answerPeriodParts(request([unitOf('a', a.copy!), unitOf('b', b.copy!)]));

    if ('missing' in answer) throw new Error('copies missing');
    const l4Sums = answer.parts.grid.parts.aggNum;
    const expected = periodParts(
      {
        units: [
          {
            unit: { id: 'a', kind: 'province', region: null, name: { vi: '', en: '' } },
            feed: 'loaded',
            observations: new Map(A.map((o) => [o.period, o])),
          },
          {
            unit: { id: 'b', kind: 'province', region: null, name: { vi: '', en: '' } },
            feed: 'loaded',
            observations: new Map(B.map((o) => [o.period, o])),
          },
        ],
        regions: [],
        targets: [],
        asOf: null,
      },
      period,
    );
    expect(l4Sums).toEqual(expected.grid.parts.aggNum);
    expect(answer.parts.verdicts.rules).toEqual(expected.verdicts.rules);
  });

  it('names the copies it does not hold, and holds them once sent', () => {
    const units = [unitOf('a', 'from-an-earlier-page')];
    expect(answerPeriodParts(request(units))).toEqual({ missing: [0] });
    keepSentCopies([['from-an-earlier-page', A]]);
    expect('parts' in answerPeriodParts(request(units))).toBe(true);
    expect('parts' in answerPeriodParts(request(units))).toBe(true);
  });

  it('lets a copy go once two requests in a row have not named it', () => {
    const kept = keptForEngine(result('a', A));
    const other = [unitOf('b', null)];
    answerPeriodParts(request(other));
    expect('parts' in answerPeriodParts(request([unitOf('a', kept.copy!)]))).toBe(true);
    answerPeriodParts(request(other));
    answerPeriodParts(request(other));
    expect(answerPeriodParts(request([unitOf('a', kept.copy!)]))).toEqual({ missing: [0] });
  });
});

describe('enginePeriodParts, asked by the page', () => {
  const registryUnit = (id: string): RegistryUnit => ({
    id,
    kind: 'province',
    name: { vi: id, en: id },
    region: null,
    feed: `feeds/${id}.json`,
  });
  const registry = {
    asOf: null,
    regions: [],
    targets: [],
    units: [registryUnit('a'), registryUnit('b'), registryUnit('c')],
  } as unknown as Registry;

  it('sends the feeds the worker lacks (restored, or unnamed) and gets the model built at once', async () => {
    const restored = {
      ...result('a', A),
      copy: 'saved-by-an-earlier-page',
      fromSavedCopy: true as const,
    };
    const unnamed = result('b', B);
    const loaded = keptForEngine(result('c', [l4('2020-08', 1, 100)]));
    const dataset = toDataset(
      registry,
      [restored, unnamed, loaded].map((r, i) => ({
        unit: registry.units[i]!,
        status: { kind: 'ok' },
        result: r,
        retrying: false,
        savedCopy: false,
      })),
    );

    const { model } = modelFromParts(dataset, await askEngine(dataset, period));

    const whole = buildPeriodModel(dataset, period);
    expect(model.units.map((u) => u.indicators.level4Rate)).toEqual(
      whole.units.map((u) => u.indicators.level4Rate),
    );
    expect(model.aggregate('all', 'level4Rate')).toEqual(whole.aggregate('all', 'level4Rate'));
  });

  it('sends many restored copies in messages of at most a thousand', async () => {
    const units = Array.from({ length: 2500 }, (_, i) => registryUnit(`u${String(i)}`));
    const many = { ...registry, units };
    const dataset = toDataset(
      many,
      units.map((unit, i) => ({
        unit,
        status: { kind: 'ok' },
        result: { ...result(unit.id, A), copy: `restored-${String(i)}`, fromSavedCopy: true },
        retrying: false,
        savedCopy: true,
      })),
    );
    const keep = vi.spyOn(pipeline, 'keepSentCopies');

    const parts = await askEngine(dataset, period);

    expect(keep.mock.calls.map(([sent]) => sent.length)).toEqual([1000, 1000, 500]);
    expect(modelFromParts(dataset, parts).model.aggregate('all', 'level4Rate').num).toBe(2500 * 20);
  });
});
