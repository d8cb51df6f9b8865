/**
 * "My unit" (Đơn vị của tôi): the one ministry or province a steering board member follows, kept in
 * this browser only.
 *
 * - localStorage key `egov-dashboard.my-unit`, value JSON `{"unitId":"<registry id>"}`.
 *   Anything else stored there (not JSON, another shape, an empty or overlong id) is ignored.
 * - sessionStorage key `egov-dashboard.session-started`, value `"1"`: set once the app has
 *   decided where the first page of this browser session lands, so the landing on "my unit"
 *   happens only once per session and the overview stays reachable afterwards.
 *
 * Storage can be unavailable (private modes, blocked cookies): then nothing is remembered, there is
 * no landing, and nothing fails.
 */
export const MY_UNIT_KEY = 'egov-dashboard.my-unit';
export const SESSION_KEY = 'egov-dashboard.session-started';

const MAX_ID_LENGTH = 100;
const listeners = new Set<() => void>();

function local(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function session(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The stored unit id, or null when none (or when what is stored is not a valid value). */
export function readMyUnit(): string | null {
  let raw: string | null;
  try {
    raw = local()?.getItem(MY_UNIT_KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const id = (parsed as Record<string, unknown>).unitId;
    return typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH ? id : null;
  } catch {
    return null;
  }
}

/** Stores the unit id, or forgets it with null. */
export function writeMyUnit(unitId: string | null): void {
  try {
    const storage = local();
    if (unitId === null) storage?.removeItem(MY_UNIT_KEY);
    else storage?.setItem(MY_UNIT_KEY, JSON.stringify({ unitId }));
  } catch {
    // storage full or blocked: the choice is simply not remembered
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` when the choice changes, in this tab or another one. */
export function subscribeMyUnit(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === MY_UNIT_KEY || e.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Whether this browser session has already opened a page. Without sessionStorage: yes (no landing). */
export function sessionStarted(): boolean {
  try {
    const storage = session();
    return storage === null || storage.getItem(SESSION_KEY) !== null;
  } catch {
    return true;
  }
}

export function markSessionStarted(): void {
  try {
    session()?.setItem(SESSION_KEY, '1');
  } catch {
    // without sessionStorage there is no landing at all (see sessionStarted)
  }
}
