import { defaultDataset } from '../generate/default-dataset';
import type { FeedDocument, RegistryDocument, RegistryUnitDocument } from '../generate/documents';
import { PROVINCE_SIZE, genericPlan } from '../generate/generic-plan';
import { feedPath } from '../generate/registry';
import { offsetOf, updatedAtAfter } from '../generate/series-months';
import { feedOf } from '../generate/unit-feed';
import { ownEntry, type FeedReply, type Scenario } from './scenario';

/**
 * The default dataset with one existing unit failing in each way of contract §6:
 * - slow '33' Hưng Yên: the correct feed after 4 s (the client shows "slow" 2 s after its request began);
 * - httpError '35' Hà Nam: HTTP 503; httpNotFound '15' Yên Bái: HTTP 404;
 * - networkError '44' Quảng Bình: the connection fails (no HTTP response at all);
 * - timeout 'MOD': never answers (the client gives up after 10 s);
 * - notJson '17' Hòa Bình: 200 with an HTML error page;
 * - wrongFormat 'MOET': `format` "egov-kpi-feed/2";
 * - wrongUnit '64' Gia Lai: a valid feed, but Đắk Lắk's ('66');
 * - partlyInvalid '91' Kiên Giang: 6 bad observations, one per rule (PARTLY_INVALID_RULES);
 * - stale '84' Trà Vinh: newest observation 2020-04;
 * - refusedJavascript '94' Sóc Trăng: registry feed "javascript:alert(1)";
 * - refusedHttp '70' Bình Phước: registry feed on plain http:// elsewhere.
 * Plus two registry-only provinces with valid feeds whose names test output escaping:
 * '98' named like a spreadsheet formula, '99' named like an HTML tag.
 */
export const FAULT_UNITS = {
  slow: '33',
  httpError: '35',
  httpNotFound: '15',
  networkError: '44',
  timeout: 'MOD',
  notJson: '17',
  wrongFormat: 'MOET',
  wrongUnit: '64',
  partlyInvalid: '91',
  stale: '84',
  refusedJavascript: '94',
  refusedHttp: '70',
} as const;

/** Whose feed the wrong-unit fault serves. */
export const WRONG_UNIT_SERVES = '66';

export const HOSTILE_NAME_UNITS = {
  formula: { id: '98', name: '=HYPERLINK("http://x","y")', region: 'southeast' },
  markup: { id: '99', name: '<img src=x onerror=alert(1)>', region: 'mekong-delta' },
} as const;

export const SLOW_FEED_DELAY_MS = 4000;
export const STALE_NEWEST = '2020-04';
export const REFUSED_HTTP_FEED = `http://example.com/feeds/${FAULT_UNITS.refusedHttp}.json`;

/** The rule code (src/data/schemas/observation-schema.ts) each bad observation breaks, by period. */
export const PARTLY_INVALID_RULES = {
  '2019-02': 'count', // servicesLevel4 120.5
  '2019-05': 'levels-exceed-total',
  '2019-09': 'online-exceeds-total',
  '2020-01': 'boolean', // soc "yes"
  '2020-13': 'period',
  '2020-09': 'after-as-of',
} as const;

const NOT_JSON_PAGE =
  '<!doctype html><html lang="vi"><head><title>502 Bad Gateway</title></head>' +
  '<body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';

function partlyInvalid(feed: FeedDocument): Record<string, unknown> {
  const observations: Record<string, unknown>[] = feed.observations.map((o) => {
    switch (o.period) {
      case '2019-02':
        return { ...o, servicesLevel4: 120.5 };
      case '2019-05':
        return { ...o, servicesLevel3: o.servicesTotal - o.servicesLevel4 + 25 };
      case '2019-09':
        return { ...o, dossiersOnline: o.dossiersTotal + 1200 };
      case '2020-01':
        return { ...o, soc: 'yes' };
      default:
        return { ...o };
    }
  });
  const last = feed.observations[feed.observations.length - 1];
  observations.push({ ...last, period: '2020-13' }, { ...last, period: '2020-09' });
  return { ...feed, observations };
}

function stale(feed: FeedDocument): FeedDocument {
  return {
    ...feed,
    updatedAt: updatedAtAfter(offsetOf(STALE_NEWEST), 25, 10, 0),
    observations: feed.observations.filter((o) => o.period <= STALE_NEWEST),
  };
}

function faultsRegistry(base: RegistryDocument): RegistryDocument {
  const units = base.units.map((u): RegistryUnitDocument => {
    if (u.id === FAULT_UNITS.refusedJavascript) return { ...u, feed: 'javascript:alert(1)' };
    if (u.id === FAULT_UNITS.refusedHttp) return { ...u, feed: REFUSED_HTTP_FEED };
    return u;
  });
  const hostile = Object.values(HOSTILE_NAME_UNITS).map((h): RegistryUnitDocument => ({
    id: h.id,
    kind: 'province',
    name: { vi: h.name, en: h.name },
    region: h.region,
    feed: feedPath(h.id),
  }));
  const firstMinistry = units.findIndex((u) => u.kind === 'ministry');
  units.splice(firstMinistry < 0 ? units.length : firstMinistry, 0, ...hostile);
  return { ...base, units };
}

export interface FaultsDocuments {
  registry: RegistryDocument;
  /** Every feed body the faults scenario can serve (including the slow one), by unit id. */
  feeds: Record<string, unknown>;
}

let cached: FaultsDocuments | null = null;

export function faultsDocuments(): FaultsDocuments {
  if (cached) return cached;
  const base = defaultDataset();
  const feeds: Record<string, unknown> = { ...base.feeds };
  const original = (id: string): FeedDocument => {
    const feed = base.feeds[id];
    if (!feed) throw new Error(`no default feed for ${id}`);
    return feed;
  };
  feeds[FAULT_UNITS.wrongFormat] = {
    ...original(FAULT_UNITS.wrongFormat),
    format: 'egov-kpi-feed/2',
  };
  feeds[FAULT_UNITS.wrongUnit] = original(WRONG_UNIT_SERVES);
  feeds[FAULT_UNITS.partlyInvalid] = partlyInvalid(original(FAULT_UNITS.partlyInvalid));
  feeds[FAULT_UNITS.stale] = stale(original(FAULT_UNITS.stale));
  for (const h of Object.values(HOSTILE_NAME_UNITS)) {
    feeds[h.id] = feedOf(genericPlan(h.id, 'province', PROVINCE_SIZE));
  }
  cached = { registry: faultsRegistry(base.registry), feeds };
  return cached;
}

function reply(unitId: string, feeds: Record<string, unknown>): FeedReply | null {
  switch (unitId) {
    case FAULT_UNITS.httpError:
      return { kind: 'status', status: 503 };
    case FAULT_UNITS.httpNotFound:
      return { kind: 'status', status: 404 };
    case FAULT_UNITS.networkError:
      return { kind: 'network-error' };
    case FAULT_UNITS.timeout:
      return { kind: 'never' };
    case FAULT_UNITS.notJson:
      return { kind: 'html', body: NOT_JSON_PAGE };
  }
  const body = ownEntry(feeds, unitId);
  if (body === undefined) return null;
  return unitId === FAULT_UNITS.slow
    ? { kind: 'json', body, delayMs: SLOW_FEED_DELAY_MS }
    : { kind: 'json', body };
}

export function faultsScenario(): Scenario {
  const docs = faultsDocuments();
  const base = defaultDataset();
  return {
    registry: () => docs.registry,
    national: () => base.national,
    rankings: () => base.rankings,
    feed: (unitId) => reply(unitId, docs.feeds),
  };
}
