import { shownAddress } from './url-policy';
import type { FeedResult } from './load-documents';
import type { Registry } from './parse-registry';
import { shortText } from './contract-limits';
import { isFetchFailure } from './fetch-failure';

/** Contract §6: what the dashboard knows about one unit's feed ("stale" comes from the engine). */
export type FeedStatus =
  | { kind: 'loading' }
  | { kind: 'slow' }
  | { kind: 'ok' }
  | { kind: 'partly-invalid'; rejected: number }
  | { kind: 'http-error'; status: number }
  | { kind: 'network-error' }
  | { kind: 'timeout' }
  | { kind: 'not-json' }
  | { kind: 'too-large' }
  | { kind: 'wrong-format'; detail: string; field?: string; found?: string; expected?: string }
  /** `expected: 'text'`: the feed's `unit` is not text at all (42, not "42"). */
  | { kind: 'wrong-unit'; found: string; expected?: 'text' }
  /** `at`: refused at a redirect (where it led, or in a browser the address asked). */
  | { kind: 'refused'; url: string; at?: 'redirect' }
  | { kind: 'too-many-invalid'; count: number }
  | { kind: 'unexpected'; message: string };

export type FeedStatusKind = FeedStatus['kind'];

export interface FeedQueryState {
  status: 'pending' | 'success' | 'error';
  data: FeedResult | undefined;
  error: unknown;
  /** The last attempt's failure while retries are still under way. */
  failureReason: unknown;
  failureCount: number;
  /** 'paused' when TanStack Query holds the request back because the browser is offline. */
  fetchStatus?: 'fetching' | 'paused' | 'idle';
}

export function failureStatus(error: unknown): FeedStatus {
  if (!isFetchFailure(error)) {
    return { kind: 'unexpected', message: error instanceof Error ? error.message : String(error) };
  }
  const { detail } = error;
  switch (error.kind) {
    case 'http':
      return { kind: 'http-error', status: detail.status ?? 0 };
    case 'network':
      return { kind: 'network-error' };
    case 'timeout':
      return { kind: 'timeout' };
    case 'not-json':
      return { kind: 'not-json' };
    case 'too-large':
      return { kind: 'too-large' };
    case 'wrong-format':
      return {
        kind: 'wrong-format',
        detail: detail.reason ?? '',
        field: detail.field,
        found: detail.found,
        expected: detail.expected,
      };
    case 'wrong-unit':
      return {
        kind: 'wrong-unit',
        found: detail.reason ?? '',
        ...(detail.notText && { expected: 'text' as const }),
      };
    case 'refused':
      // A 3 MB address is never printed whole.
      return {
        kind: 'refused',
        url: shortText(shownAddress(detail.url ?? '')),
        ...(detail.redirected && { at: 'redirect' as const }),
      };
    case 'too-many-invalid':
      return { kind: 'too-many-invalid', count: detail.count ?? 0 };
  }
}

/**
 * The status shown for a feed ("loading" until it settles; see markSlow). A feed that failed after an earlier success keeps its last good
 * data (TanStack Query keeps `data`), but its status is the failure: the screen says both.
 */
export function feedStatus(state: FeedQueryState): FeedStatus {
  if (state.status === 'error') return failureStatus(state.error);
  if (state.status === 'pending') {
    // While retrying, show why the last attempt failed rather than "loading".
    if (state.failureCount > 0 && state.failureReason) return failureStatus(state.failureReason);
    // Offline with no saved copy: nothing will arrive until the network is back.
    if (state.fetchStatus === 'paused') return { kind: 'network-error' };
    // Slow or not is for markSlow: it depends on when the feed's own request began.
    return { kind: 'loading' };
  }
  const rejected = state.data?.rejections.length ?? 0;
  return rejected > 0 ? { kind: 'partly-invalid', rejected } : { kind: 'ok' };
}

const SLOW: FeedStatus = { kind: 'slow' };

/**
 * The feeds with those still loading whose own request began long enough ago marked slow (the
 * same array when none is). Kept apart from feedStatus so a feed turning slow does not change
 * the engine's input: to it, slow and loading are both "loading".
 */
export function markSlow<F extends { unit: { id: string }; status: FeedStatus }>(
  feeds: F[],
  slowIds: ReadonlySet<string>,
): F[] {
  if (slowIds.size === 0) return feeds;
  return feeds.map((f) =>
    f.status.kind === 'loading' && slowIds.has(f.unit.id) ? { ...f, status: SLOW } : f,
  );
}

export function isFailed(status: FeedStatus): boolean {
  return !['loading', 'slow', 'ok', 'partly-invalid'].includes(status.kind);
}

/**
 * A failure that trying again may cure (as FetchFailure.transient): the network, a timeout, a
 * server error (HTTP 5xx). A refused address, a wrong unit or a wrong format stay as they are
 * until someone changes the registry or the feed, so no retry is offered for them.
 */
export function isTransient(status: FeedStatus): boolean {
  return (
    status.kind === 'network-error' ||
    status.kind === 'timeout' ||
    (status.kind === 'http-error' && status.status >= 500)
  );
}

/**
 * Whether the dashboard offers to ask again: a passing failure of a feed fetched live. A
 * snapshot's failure is what it recorded, and asking again reads the same record.
 */
export function canRetry(status: FeedStatus, registry: Pick<Registry, 'snapshot'>): boolean {
  return registry.snapshot === undefined && isTransient(status);
}
