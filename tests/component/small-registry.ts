import { delay, http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';

// A small registry shared by the rankings and laggards component tests: eight provinces (two
// regions, one unknown region, some without) and one ministry, with hand-worked figures.

export const API = 'http://localhost/mock-api/';
export type Obs = Record<string, unknown> & { period: string };
export interface FixtureUnit {
  id: string;
  kind: 'province' | 'ministry';
  vi: string;
  en: string;
  region?: string;
  feed: Obs[] | 'fail' | 'hang';
}

/**
 * Level-4 rate (of 1,000 services) — July → August 2020:
 *   Bạc Liêu 10.0 → 30.0 (rank 3 → 1), An Giang 25.0 → 23.41 (1 → 2), Bắc Giang 20.0 → 23.4
 *   (2 → 2), Đà Nẵng 5.0 → 10.0 (4 → 4); Cà Mau last reported June; Hà Nội reports 0 services;
 *   Yên Bái's feed fails. Level 3 + 4 in August: Đà Nẵng 70.0, Bắc Giang 53.4, Bạc Liêu 40.0.
 */
export const UNITS: FixtureUnit[] = [
  {
    id: '24',
    kind: 'province',
    vi: 'Bắc Giang',
    en: 'Bac Giang',
    region: 'red-river-delta',
    feed: [
      { period: '2020-07', servicesTotal: 1000, servicesLevel4: 200 },
      {
        period: '2020-08',
        servicesTotal: 1000,
        servicesLevel4: 234,
        servicesLevel3: 300,
        lgsp: 'building',
      },
    ],
  },
  {
    id: '95',
    kind: 'province',
    vi: 'Bạc Liêu',
    en: 'Bac Lieu',
    region: 'red-river-delta',
    feed: [
      { period: '2020-07', servicesTotal: 1000, servicesLevel4: 100 },
      { period: '2020-08', servicesTotal: 1000, servicesLevel4: 300, servicesLevel3: 100 },
    ],
  },
  {
    id: '89',
    kind: 'province',
    vi: 'An Giang',
    en: 'An Giang',
    feed: [
      { period: '2020-07', servicesTotal: 1000, servicesLevel4: 250 },
      { period: '2020-08', servicesTotal: 10000, servicesLevel4: 2341 },
    ],
  },
  {
    id: '48',
    kind: 'province',
    vi: 'Đà Nẵng',
    en: 'Da Nang',
    region: 'central-highlands',
    feed: [
      { period: '2020-07', servicesTotal: 1000, servicesLevel4: 50 },
      { period: '2020-08', servicesTotal: 1000, servicesLevel4: 100, servicesLevel3: 600 },
    ],
  },
  {
    id: '96',
    kind: 'province',
    vi: 'Cà Mau',
    en: 'Ca Mau',
    region: 'central-highlands',
    feed: [{ period: '2020-06', servicesTotal: 1000, servicesLevel4: 150 }],
  },
  {
    id: '01',
    kind: 'province',
    vi: 'Hà Nội',
    en: 'Ha Noi',
    region: 'ghost-region',
    feed: [{ period: '2020-08', servicesTotal: 0, servicesLevel4: 0 }],
  },
  {
    id: '15',
    kind: 'province',
    vi: 'Yên Bái',
    en: 'Yen Bai',
    region: 'red-river-delta',
    feed: 'fail',
  },
  {
    id: 'MOF',
    kind: 'ministry',
    vi: 'Bộ Tài chính',
    en: 'Ministry of Finance',
    feed: [{ period: '2020-08', servicesTotal: 200, servicesLevel4: 100, soc: false }],
  },
];

/**
 * Answers the registry and every unit's feed (or fails / hangs it) from `units`. A hung feed
 * answers 404 once `hangUntil` settles (never without it).
 */
export function serveUnits(
  server: SetupServer,
  units: FixtureUnit[],
  hangUntil?: Promise<unknown>,
) {
  const registry = {
    format: 'egov-kpi-registry/1',
    asOf: '2020-08',
    regions: [
      { id: 'red-river-delta', name: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' } },
      { id: 'central-highlands', name: { vi: 'Tây Nguyên', en: 'Central Highlands' } },
    ],
    units: units.map((u) => ({
      id: u.id,
      kind: u.kind,
      name: { vi: u.vi, en: u.en },
      ...(u.region ? { region: u.region } : {}),
      feed: `feeds/${u.id}.json`,
    })),
    targets: ['level4Rate', 'lgspConnected', 'socOperational'].map((indicator) => ({
      indicator,
      value: indicator === 'level4Rate' ? 0.3 : 1,
      deadline: '2020-12',
      basis: { vi: 'NQ 17', en: 'Res. 17' },
    })),
  };
  server.use(
    http.get(`${API}registry.json`, () => HttpResponse.json(registry)),
    http.get(`${API}feeds/:file`, async ({ params }) => {
      const unit = units.find((u) => `${u.id}.json` === params.file);
      if (!unit || unit.feed === 'fail') return new HttpResponse('missing', { status: 404 });
      if (unit.feed === 'hang') {
        await (hangUntil ?? delay('infinite'));
        return new HttpResponse('released', { status: 404 });
      }
      return HttpResponse.json({
        format: 'egov-kpi-feed/1',
        unit: unit.id,
        updatedAt: '2020-08-25T17:00:00+07:00',
        observations: unit.feed,
      });
    }),
  );
}

/**
 * Serves `units` with every feed held until the returned release is called (then answered 404):
 * call it at the test's end, as a feed hanging for ever holds up the next test's requests.
 */
export function holdEveryFeed(server: SetupServer, units: FixtureUnit[]): () => void {
  let release!: () => void;
  serveUnits(
    server,
    units.map((u) => ({ ...u, feed: 'hang' as const })),
    new Promise<void>((resolve) => (release = resolve)),
  );
  return release;
}
