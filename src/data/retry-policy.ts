import { isFetchFailure } from './fetch-failure';

/** Tries after the first failure, for transient failures only (network, 5xx, timeout). */
export const MAX_RETRIES = 2;

export function retryTransient(failureCount: number, error: unknown): boolean {
  return isFetchFailure(error) && error.transient && failureCount < MAX_RETRIES;
}

/** 1 s, 2 s, 4 s … capped at 8 s. Deterministic: no jitter, the limiter already spreads load. */
export function backoffDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000);
}
