import { describe, expect, it } from 'vitest';
import { feedStatus, isFailed } from '../../../src/data/feed-status';
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
  it('loading, then slow after the threshold', () => {
    expect(feedStatus(pending, false)).toEqual({ kind: 'loading' });
    expect(feedStatus(pending, true)).toEqual({ kind: 'slow' });
  });

  it('ok, or partly invalid with the number rejected', () => {
    const ok = { ...pending, status: 'success' as const, data: result(0) };
    expect(feedStatus(ok, false)).toEqual({ kind: 'ok' });
    expect(feedStatus({ ...ok, data: result(3) }, false)).toEqual({
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
    const status = feedStatus({ ...pending, status: 'error', error }, false);
    expect(status).toEqual(expected);
    expect(isFailed(status)).toBe(true);
  });

  it('while retrying, shows why the last attempt failed', () => {
    const retrying = { ...pending, failureCount: 1, failureReason: new FetchFailure('timeout') };
    expect(feedStatus(retrying, true)).toEqual({ kind: 'timeout' });
  });
});

describe('feedStatus offline', () => {
  it('a feed held back while offline, with no saved copy, is a network error (not "loading")', () => {
    const paused = { ...pending, fetchStatus: 'paused' as const };
    expect(feedStatus(paused, false)).toEqual({ kind: 'network-error' });
    expect(isFailed(feedStatus(paused, true))).toBe(true);
  });

  it('a restored copy held back while offline is still ok', () => {
    const restored = {
      ...pending,
      status: 'success' as const,
      data: { ...result(0), fromSavedCopy: true as const },
      fetchStatus: 'paused' as const,
    };
    expect(feedStatus(restored, false)).toEqual({ kind: 'ok' });
  });
});
