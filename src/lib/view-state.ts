import { isIndicator, type IndicatorId } from '../domain/indicators';
import { FLAG_RULES, type FlagRule } from '../domain/laggards';
import type { UnitKind } from '../domain/types';
import { FEED_FILTERS, type FeedFilter } from '../data/feed-filters';
import { LOCALES, type Locale } from '../data/schemas/config-schema';

/**
 * Everything that defines a view besides the route itself. It lives in the URL's query string so
 * a copied link reproduces the view; parse and serialise are pure and tested.
 */
export interface ViewState {
  lang: Locale | null;
  /** "YYYY-MM" as typed; screens check it against the periods the data has. */
  period: string | null;
  indicator: IndicatorId | null;
  kind: UnitKind | null;
  region: string | null;
  sort: string | null;
  dir: 'asc' | 'desc' | null;
  flag: FlagRule | null;
  /** Data health: which feeds to list (failed, stale, …). */
  feed: FeedFilter | null;
  /** Rankings: the unit search as typed ("ha tinh"). */
  q: string | null;
  /** Rankings: the units as a bar chart or as a table (the default). */
  show: 'chart' | 'table' | null;
  /** Trend charts: what to compare ("national,region:<id>,42,01"); the domain validates it. */
  cmp: string | null;
  /** Overview: the unit whose place in a published national ranking is shown (its id). */
  unit: string | null;
}

export const EMPTY_VIEW: ViewState = {
  lang: null,
  period: null,
  indicator: null,
  kind: null,
  region: null,
  sort: null,
  dir: null,
  flag: null,
  feed: null,
  q: null,
  show: null,
  cmp: null,
  unit: null,
};

const KEYS = Object.keys(EMPTY_VIEW) as (keyof ViewState)[];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseViewState(search: URLSearchParams): ViewState {
  const get = (key: string) => {
    const v = search.get(key);
    return v === null || v === '' ? null : v;
  };
  const indicator = get('indicator');
  return {
    lang: oneOf(get('lang'), LOCALES),
    period: get('period'),
    indicator: indicator !== null && isIndicator(indicator) ? indicator : null,
    kind: oneOf(get('kind'), ['ministry', 'province'] as const),
    region: get('region'),
    sort: get('sort'),
    dir: oneOf(get('dir'), ['asc', 'desc'] as const),
    flag: oneOf(get('flag'), FLAG_RULES),
    feed: oneOf(get('feed'), FEED_FILTERS),
    q: get('q'),
    show: oneOf(get('show'), ['chart', 'table'] as const),
    cmp: get('cmp'),
    unit: get('unit'),
  };
}

/** Only the keys that are set, always in the same order, so equal views have equal URLs. */
export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value !== null) params.set(key, value);
  }
  return params;
}

export function withView(search: URLSearchParams, patch: Partial<ViewState>): URLSearchParams {
  return serializeViewState({ ...parseViewState(search), ...patch });
}
