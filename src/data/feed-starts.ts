import { NETWORK } from './network-settings';

/** A timer the store can set and clear; tests pass fake ones (or use fake timers). */
export interface StartTimers {
  now: () => number;
  set: (run: () => void, ms: number) => unknown;
  clear: (timer: unknown) => void;
}

const PAGE_TIMERS: StartTimers = {
  // Looked up on each call, so fake timers installed later are the ones used.
  now: () => performance.now(),
  set: (run, ms) => setTimeout(run, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * The screens hear of feeds turning slow at most this often: at 10,000 units, feeds cross the
 * threshold one after another, and each change re-renders the screens.
 */
export const SLOW_UPDATE_MS = 500;

interface Attempt {
  id: string;
  /** When its request began (after waiting its turn), by `now()`; null while it waits. */
  startedAt: number | null;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * When each feed's current request began, so a feed is "slow" from its own start, not from the
 * registry's arrival: feeds waiting their turn in the fetch limiter are not slow. Each attempt
 * (a retry is a new one) is begun when the page asks for the feed, started when the pipeline
 * reports that its request began, and settled when it ends. One timer, for the earliest feed to
 * cross `slowAfterMs`, flips all feeds that crossed at once.
 */
export class FeedStarts {
  readonly #slowAfterMs: number;
  readonly #timers: StartTimers;
  #nextAttempt = 0;
  #attempts = new Map<number, Attempt>();
  /** Each unit's current attempt: a new attempt replaces the old one. */
  #current = new Map<string, number>();
  /** Attempts started and not yet slow, in start order, which is also the order they turn slow. */
  #waiting: number[] = [];
  #waitingHead = 0;
  /** Attempts slow so far and not settled. */
  #slowAttempts = new Set<number>();
  #slow: ReadonlySet<string> = NONE;
  #timer: unknown = null;
  #timerAt = Infinity;
  #lastPublished = -Infinity;
  #listeners = new Set<() => void>();

  constructor(slowAfterMs: number = NETWORK.slowAfterMs, timers: StartTimers = PAGE_TIMERS) {
    this.#slowAfterMs = slowAfterMs;
    this.#timers = timers;
  }

  /**
   * A number for an attempt that is never slow (a snapshot's feed, read from a document the data
   * worker holds): numbered with the others, not followed.
   */
  number(): number {
    return ++this.#nextAttempt;
  }

  /** A new request for unit `id`, waiting its turn: returns the attempt's number. */
  begin(id: string): number {
    const attempt = ++this.#nextAttempt;
    const previous = this.#current.get(id);
    if (previous !== undefined) this.#forget(previous);
    this.#current.set(id, attempt);
    this.#attempts.set(attempt, { id, startedAt: null });
    // Waiting again (a retry, a refresh): no longer slow.
    if (this.#slow.has(id)) this.#publish();
    return attempt;
  }

  /** The attempt's request has begun; reports of attempts already replaced or settled are ignored. */
  started(attempt: number): void {
    const entry = this.#attempts.get(attempt);
    if (!entry || entry.startedAt !== null) return;
    entry.startedAt = this.#timers.now();
    this.#waiting.push(attempt);
    this.#schedule();
  }

  /** The attempt ended (arrived, failed or cancelled). */
  settle(attempt: number): void {
    // The published set keeps its unit until the next change: a settled feed's status does not
    // read slowness, and publishing on every arrival would re-render the screens each time.
    this.#forget(attempt);
  }

  /** Whether unit `id`'s current request began `slowAfterMs` or more ago and has not ended. */
  isSlow(id: string): boolean {
    const attempt = this.#current.get(id);
    const startedAt = attempt === undefined ? null : this.#attempts.get(attempt)?.startedAt;
    return startedAt != null && this.#timers.now() - startedAt >= this.#slowAfterMs;
  }

  /**
   * The units found slow at the last update (a new set on each change, for useSyncExternalStore).
   * It may still name a unit whose feed has settled since.
   */
  getSlow = (): ReadonlySet<string> => this.#slow;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #forget(attempt: number): void {
    const entry = this.#attempts.get(attempt);
    if (!entry) return;
    this.#attempts.delete(attempt);
    this.#slowAttempts.delete(attempt);
    if (this.#current.get(entry.id) === attempt) this.#current.delete(entry.id);
  }

  /** The earliest attempt still to turn slow, dropping those that ended first. */
  #nextToTurn(): Attempt | null {
    while (this.#waitingHead < this.#waiting.length) {
      const entry = this.#attempts.get(this.#waiting[this.#waitingHead]!);
      if (entry) return entry;
      this.#waitingHead++;
    }
    this.#waiting = [];
    this.#waitingHead = 0;
    return null;
  }

  #schedule(): void {
    const next = this.#nextToTurn();
    if (!next) return;
    const at = Math.max(next.startedAt! + this.#slowAfterMs, this.#lastPublished + SLOW_UPDATE_MS);
    if (this.#timer !== null && this.#timerAt <= at) return;
    if (this.#timer !== null) this.#timers.clear(this.#timer);
    this.#timerAt = at;
    this.#timer = this.#timers.set(() => this.#turn(), Math.max(0, at - this.#timers.now()));
  }

  /** Marks slow every attempt that has crossed the threshold, then waits for the next one. */
  #turn(): void {
    this.#timer = null;
    this.#timerAt = Infinity;
    const now = this.#timers.now();
    let turned = false;
    for (let next = this.#nextToTurn(); next; next = this.#nextToTurn()) {
      if (now - next.startedAt! < this.#slowAfterMs) break;
      this.#slowAttempts.add(this.#waiting[this.#waitingHead++]!);
      turned = true;
    }
    if (turned) this.#publish();
    this.#schedule();
  }

  #publish(): void {
    const slow = new Set<string>();
    for (const attempt of this.#slowAttempts) slow.add(this.#attempts.get(attempt)!.id);
    this.#slow = slow.size === 0 ? NONE : slow;
    this.#lastPublished = this.#timers.now();
    for (const listener of this.#listeners) listener();
  }
}

/** The page's record of feed requests: the pipeline client writes it, the screens read it. */
export const feedStarts = new FeedStarts();
