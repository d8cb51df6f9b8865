import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { TEST_REGISTRY_URL } from '../support/render-app';

/** A small registry whose feeds fail in several ways; served at the test config's address. */
export const API = TEST_REGISTRY_URL.replace('registry.json', '');

export const NAMES = {
  ok: 'Hà Nội',
  http: 'Hà Giang',
  partly: 'Cao Bằng',
  refused: 'Bắc Kạn',
  hostile: '<img src=x onerror=alert(1)>',
  wrongUnit: 'Bộ Tài chính',
};

export const registryDoc = {
  format: 'egov-kpi-registry/1',
  asOf: '2020-08',
  regions: [{ id: 'north', name: { vi: 'Miền Bắc', en: 'North' } }],
  units: [
    {
      id: '01',
      kind: 'province',
      name: { vi: NAMES.ok, en: 'Ha Noi' },
      region: 'north',
      feed: 'feeds/01.json',
    },
    {
      id: '02',
      kind: 'province',
      name: { vi: NAMES.http, en: 'Ha Giang' },
      region: 'north',
      feed: 'feeds/02.json',
    },
    {
      id: '04',
      kind: 'province',
      name: { vi: NAMES.partly, en: 'Cao Bang' },
      region: 'north',
      feed: 'feeds/04.json',
    },
    {
      id: '06',
      kind: 'province',
      name: { vi: NAMES.refused, en: 'Bac Kan' },
      region: 'north',
      feed: 'javascript:alert(1)',
    },
    {
      id: '99',
      kind: 'province',
      name: { vi: NAMES.hostile, en: NAMES.hostile },
      region: 'north',
      feed: 'feeds/99.json',
    },
    {
      id: 'MOF',
      kind: 'ministry',
      name: { vi: NAMES.wrongUnit, en: 'Ministry of Finance' },
      feed: 'feeds/MOF.json',
    },
    {
      id: '01',
      kind: 'province',
      name: { vi: 'Trùng mã', en: 'Duplicate' },
      feed: 'feeds/01.json',
    },
  ],
  targets: [{ indicator: 'level4Rate', value: 0.3, deadline: '2020-12' }],
  national: 'national.json',
};

function observation(period: string, level4: number) {
  return {
    period,
    servicesTotal: 1000,
    servicesLevel3: 200,
    servicesLevel4: level4,
    dossiersTotal: 5000,
    dossiersOnline: 1000,
    lgsp: 'operational',
    soc: true,
    vdxp: true,
    portalConnected: true,
  };
}

export function feedDoc(unit: string) {
  return {
    format: 'egov-kpi-feed/1',
    unit,
    updatedAt: '2020-08-25T17:00:00+07:00',
    observations: ['2020-06', '2020-07', '2020-08'].map((p, i) => observation(p, 100 + 10 * i)),
  };
}

const partlyInvalid = {
  ...feedDoc('04'),
  observations: [
    ...feedDoc('04').observations,
    { ...observation('2020-05', 90), servicesLevel4: 12.5 },
    { ...observation('2020-09', 150) },
  ],
};

/** The registry as a snapshot taken on 26/08/2020 at 09:00 (contract §8), with these entries. */
export function serveSnapshot(documents: Record<string, unknown>) {
  return http.get(`${API}registry.json`, () =>
    HttpResponse.json({
      format: 'egov-kpi-snapshot/1',
      takenAt: '2020-08-26T09:00:00+07:00',
      registry: registryDoc,
      documents,
    }),
  );
}

export const handlers = [
  http.get(`${API}registry.json`, () => HttpResponse.json(registryDoc)),
  http.get(`${API}national.json`, () => new HttpResponse('down', { status: 500 })),
  http.get(`${API}feeds/01.json`, () => HttpResponse.json(feedDoc('01'))),
  http.get(`${API}feeds/02.json`, () => new HttpResponse('unavailable', { status: 503 })),
  http.get(`${API}feeds/04.json`, () => HttpResponse.json(partlyInvalid)),
  http.get(`${API}feeds/99.json`, () => HttpResponse.json(feedDoc('99'))),
  http.get(`${API}feeds/MOF.json`, () => HttpResponse.json(feedDoc('MOE'))),
];

export function createDataServer() {
  return setupServer(...handlers);
}
