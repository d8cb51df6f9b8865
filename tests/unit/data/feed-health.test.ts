import { describe, expect, it } from 'vitest';
import {
  countByFilter,
  feedHealthRows,
  feedSummary,
  filterRows,
  pageOfRows,
  staleNoteOf,
  type StaleNote,
} from '../../../src/data/feed-health';
import type { FeedStatus } from '../../../src/data/feed-status';
import type { FeedResult } from '../../../src/data/load-documents';
import type { FeedEntry } from '../../../src/data/to-dataset';
import { buildPeriodModel } from '../../../src/domain/model';
import { dataset, l4, m, unit } from '../../support/dataset-builder';

function result(receivedAt: number, extra: Partial<FeedResult> = {}): FeedResult {
  return {
    unitId: 'x',
    url: 'https://x/x.json',
    updatedAt: null,
    updatedAtInvalid: null,
    observations: [],
    rejections: [],
    receivedAt,
    ...extra,
  };
}

function entry(
  id: string,
  status: FeedStatus,
  options: { result?: FeedResult; savedCopy?: boolean; kind?: 'ministry' | 'province' } = {},
): FeedEntry {
  return {
    unit: {
      id,
      kind: options.kind ?? 'province',
      name: { vi: id, en: id },
      region: null,
      feed: `feeds/${id}.json`,
    },
    status,
    result: options.result,
    retrying: false,
    savedCopy: options.savedCopy ?? false,
  };
}

const OLD: StaleNote = { cause: 'old', newestPeriod: m('2020-04'), monthsBehind: 4 };

const feeds = [
  entry('ok1', { kind: 'ok' }, { result: result(1) }),
  entry('503', { kind: 'http-error', status: 503 }),
  entry('slow', { kind: 'slow' }),
  entry('stale', { kind: 'ok' }, { result: result(1) }),
  entry('bad', { kind: 'partly-invalid', rejected: 6 }, { result: result(1) }),
  entry('loading', { kind: 'loading' }, { kind: 'ministry' }),
  entry('refused', { kind: 'refused', url: 'javascript:alert(1)' }, { kind: 'ministry' }),
];
const staleOf = (id: string) => (id === 'stale' ? OLD : null);

describe('Data health rows', () => {
  it('puts failed feeds first, then partly invalid, stale, slow, loading, ok; registry order within', () => {
    const rows = feedHealthRows(feeds, staleOf);
    expect(rows.map((r) => r.entry.unit.id)).toEqual([
      '503',
      'refused',
      'bad',
      'stale',
      'slow',
      'loading',
      'ok1',
    ]);
  });

  it('counts each filter: a stale feed is not ok; slow is a problem, plain loading is not', () => {
    expect(countByFilter(feedHealthRows(feeds, staleOf))).toEqual({
      problems: 5,
      failed: 2,
      'partly-invalid': 1,
      stale: 1,
      loading: 2,
      ok: 1,
    });
  });

  it('filters by group and by kind', () => {
    const rows = feedHealthRows(feeds, staleOf);
    const ids = (r: typeof rows) => r.map((x) => x.entry.unit.id);
    expect(ids(filterRows(rows, 'failed', null))).toEqual(['503', 'refused']);
    expect(ids(filterRows(rows, 'failed', 'ministry'))).toEqual(['refused']);
    expect(ids(filterRows(rows, null, 'ministry'))).toEqual(['refused', 'loading']);
    expect(filterRows(rows, null, null)).toHaveLength(7);
  });

  it('takes the stale-feed flag of a feed that arrived, not of one that failed', () => {
    const model = buildPeriodModel(
      dataset([
        unit('old', [l4('2020-04', 5, 100)]),
        unit('failed', [l4('2020-04', 5, 100)], { feed: 'failed' }),
        unit('fresh', [l4('2020-08', 5, 100)]),
      ]),
      m('2020-08'),
    );
    expect(staleNoteOf(model.byId.get('old'))).toEqual(OLD);
    expect(staleNoteOf(model.byId.get('failed'))).toBeNull();
    expect(staleNoteOf(model.byId.get('fresh'))).toBeNull();
    expect(staleNoteOf(undefined)).toBeNull();
  });

  it('pages long lists', () => {
    const rows = Array.from({ length: 450 }, (_, i) => i);
    expect(pageOfRows(rows, 200, 200)).toEqual({ visible: rows.slice(0, 200), more: 200 });
    expect(pageOfRows(rows, 400, 200).more).toBe(50);
    expect(pageOfRows(rows, 600, 200)).toEqual({ visible: rows, more: 0 });
  });
});

describe('the banner summary', () => {
  it('covers the units whose figures are shown: a failed feed with a kept copy still counts', () => {
    const s = feedSummary([
      entry('a', { kind: 'ok' }, { result: result(10) }),
      entry('b', { kind: 'http-error', status: 503 }, { result: result(5), savedCopy: true }),
      entry('c', { kind: 'network-error' }),
      entry('d', { kind: 'loading' }),
    ]);
    expect(s).toEqual({
      total: 4,
      settled: 3,
      failed: 2,
      failedWithCopy: 1,
      covered: 3,
      copies: 1,
      copiesFrom: 5,
      copiesTo: 5,
      shownFrom: 5,
      shownTo: 10,
    });
  });

  it('says when the figures shown arrived, fresh ones too (the network lost while open)', () => {
    const s = feedSummary([
      entry('a', { kind: 'ok' }, { result: result(4000) }),
      entry('b', { kind: 'ok' }, { result: result(2500) }),
      entry('c', { kind: 'network-error' }),
    ]);
    expect([s.copies, s.copiesFrom, s.shownFrom, s.shownTo]).toEqual([0, null, 2500, 4000]);
    expect(feedSummary([entry('d', { kind: 'loading' })]).shownFrom).toBeNull();
  });

  it('gives the age range of saved copies (offline: every restored feed)', () => {
    const s = feedSummary([
      entry(
        'a',
        { kind: 'ok' },
        { result: result(3000, { fromSavedCopy: true }), savedCopy: true },
      ),
      entry(
        'b',
        { kind: 'ok' },
        { result: result(1000, { fromSavedCopy: true }), savedCopy: true },
      ),
      entry(
        'c',
        { kind: 'ok' },
        { result: result(2000, { fromSavedCopy: true }), savedCopy: true },
      ),
    ]);
    expect([s.copies, s.copiesFrom, s.copiesTo, s.covered]).toEqual([3, 1000, 3000, 3]);
  });

  it('no feeds, nothing to say', () => {
    expect(feedSummary([])).toMatchObject({ total: 0, failed: 0, covered: 0, copies: 0 });
  });
});
