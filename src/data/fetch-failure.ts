/** Every way a document can fail to arrive whole (contract §6), as one error type. */
export type FailureKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'not-json'
  | 'too-large'
  | 'refused'
  | 'wrong-format'
  | 'wrong-unit'
  | 'too-many-invalid';

export interface FailureDetail {
  status?: number;
  /** How many observations a feed rejected whole had rejected. */
  count?: number;
  /** The refused address, or the field and value that made a document the wrong one. */
  reason?: string;
  url?: string;
  /** Refused at a redirect: `url` is where it led (in a browser, which hides that, the address asked). */
  redirected?: boolean;
  /** A document of the wrong format: the field, the value found there (describeValue) … */
  field?: string;
  found?: string;
  /** … and the one value the contract wants there, where it wants one (its `format`). */
  expected?: string;
  /** A feed of the wrong unit whose `unit` is not text at all (42, not "42"). */
  notText?: boolean;
}

export class FetchFailure extends Error {
  readonly kind: FailureKind;
  readonly detail: FailureDetail;

  constructor(kind: FailureKind, detail: FailureDetail = {}) {
    super(
      `${kind}${detail.status ? ` ${detail.status}` : ''}${detail.reason ? `: ${detail.reason}` : ''}`,
    );
    this.name = 'FetchFailure';
    this.kind = kind;
    this.detail = detail;
  }

  /** Worth trying again: the network, the server or the clock failed, not the data. */
  get transient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && (this.detail.status ?? 0) >= 500;
  }
}

export function isFetchFailure(error: unknown): error is FetchFailure {
  return error instanceof FetchFailure;
}
