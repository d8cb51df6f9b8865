/** How the mock answers a feed request; the handlers turn this into an HTTP response. */
export type FeedReply =
  | { kind: 'json'; body: unknown; delayMs?: number }
  | { kind: 'status'; status: number }
  | { kind: 'network-error' }
  /** Never answers: the client gives up after its own timeout. */
  | { kind: 'never' }
  | { kind: 'html'; body: string };

/** One mock dataset, independent of HTTP so tests can read its documents directly. */
export interface Scenario {
  registry(): unknown;
  national(): unknown;
  rankings(): unknown;
  /** The reply for a unit id's feed, or null when there is no such feed (404). */
  feed(unitId: string): FeedReply | null;
}

export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
