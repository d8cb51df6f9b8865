import { describe, expect, it } from 'vitest';
import { feedStatus, isFailed, markSlow, type FeedStatus } from '../../../src/data/feed-status';
import { FetchFailure } from '../../../src/data/fetch-failure';
import type { FeedResult } from '../../../src/data/load-documents';

const result = (rejected: number): FeedResult => ({
  unitId: '42',
  url: 'https://x/42.json',
  updatedAt: null,
  updatedAtInvalid: null,
  observations: [],
  rejections: Array.from({ length: rejected }, (_, index) => ({ index, period: null, issues: [] })),
  receivedAt: 0,
});

const pending = {
  status: 'pending' as const,
  data: undefined,
  error: null,
  failureReason: null,
  failureCount: 0,
};

describe('feedStatus (contract §6)', () => {
  it('loading until it settles', () => {
    expect(feedStatus(pending)).toEqual({ kind: 'loading' });
  });

  it('ok, or partly invalid with the number rejected', () => {
    const ok = { ...pending, status: 'success' as const, data: result(0) };
    expect(feedStatus(ok)).toEqual({ kind: 'ok' });
    expect(feedStatus({ ...ok, data: result(3) })).toEqual({
      kind: 'partly-invalid',
      rejected: 3,
    });
  });

  it.each([
    [new FetchFailure('http', { status: 503 }), { kind: 'http-error', status: 503 }],
    [new FetchFailure('network'), { kind: 'network-error' }],
    [new FetchFailure('timeout'), { kind: 'timeout' }],
    [new FetchFailure('not-json'), { kind: 'not-json' }],
    [
      new FetchFailure('wrong-format', { reason: 'format: "x"' }),
      { kind: 'wrong-format', detail: 'format: "x"' },
    ],
    [new FetchFailure('wrong-unit', { reason: '"40"' }), { kind: 'wrong-unit', found: '"40"' }],
    [
      new FetchFailure('refused', { url: 'javascript:alert(1)' }),
      { kind: 'refused', url: 'javascript:alert(1)' },
    ],
    [new Error('boom'), { kind: 'unexpected', message: 'boom' }],
  ])('names the failure %#', (error, expected) => {
    const status = feedStatus({ ...pending, status: 'error', error });
    expect(status).toEqual(expected);
    expect(isFailed(status)).toBe(true);
  });

  it('while retrying, shows why the last attempt failed', () => {
    const retrying = { ...pending, failureCount: 1, failureReason: new FetchFailure('timeout') };
    expect(feedStatus(retrying)).toEqual({ kind: 'timeout' });
  });
});

describe('feedStatus offline', () => {
  it('a feed held back while offline, with no saved copy, is a network error (not "loading")', () => {
    const paused = { ...pending, fetchStatus: 'paused' as const };
    expect(feedStatus(paused)).toEqual({ kind: 'network-error' });
  });

  it('a restored copy held back while offline is still ok', () => {
    const restored = {
      ...pending,
      status: 'success' as const,
      data: { ...result(0), fromSavedCopy: true as const },
      fetchStatus: 'paused' as const,
    };
    expect(feedStatus(restored)).toEqual({ kind: 'ok' });
  });
});

describe('markSlow', () => {
  const entry = (id: string, status: FeedStatus) => ({ unit: { id }, status });

  it('marks slow only the loading feeds whose own request is slow', () => {
    const feeds = [
      entry('01', { kind: 'loading' }),
      entry('02', { kind: 'loading' }),
      entry('03', { kind: 'timeout' }),
      entry('04', { kind: 'ok' }),
    ];
    expect(markSlow(feeds, new Set(['01', '03', '04'])).map((f) => f.status.kind)).toEqual([
      'slow',
      'loading',
      'timeout',
      'ok',
    ]);
  });

  it('gives back the same feeds when none is slow', () => {
    const feeds = [entry('01', { kind: 'loading' })];
    expect(markSlow(feeds, new Set())).toBe(feeds);
  });
});
