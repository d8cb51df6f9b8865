import {
  FetchFailure,
  isFetchFailure,
  type FailureDetail,
  type FailureKind,
} from './fetch-failure';

/**
 * A load's result in a form that crosses to and from the data worker (structured clone): the
 * value, or the failure's kind and detail (an Error's own class does not survive the crossing).
 */
export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; kind: FailureKind; detail: FailureDetail }
  | { ok: false; kind: 'unexpected'; message: string };

export async function settle<T>(load: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await load };
  } catch (error) {
    if (isFetchFailure(error)) return { ok: false, kind: error.kind, detail: error.detail };
    return { ok: false, kind: 'unexpected', message: String(error) };
  }
}

/** The outcome's value, or the same error the load threw (rebuilt on this side). */
export function unsettle<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw failureOf(outcome);
}

/** The error a failed load threw, rebuilt on this side. */
export function failureOf(outcome: Exclude<Outcome<unknown>, { ok: true }>): Error {
  if (outcome.kind === 'unexpected') return new Error(outcome.message);
  return new FetchFailure(outcome.kind, outcome.detail);
}
