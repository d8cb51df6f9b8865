import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A registry and feeds on 127.0.0.1 with every fault of contract §6, built here rather than taken
 * from the mock: units "ok", "partly", "stale", "http500", "network", "timeout", "html",
 * "format", "unit" and "refused". The period under review is 2020-07.
 */
export interface FaultServer {
  url: string;
  /** Requests received per path, to see retries. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

const observation = (period: string, extra: Record<string, unknown> = {}) => ({
  period,
  servicesTotal: 200,
  servicesLevel3: 50,
  servicesLevel4: 40,
  dossiersTotal: 1000,
  dossiersOnline: 300,
  lgsp: 'connected',
  soc: true,
  ...extra,
});

const feed = (unit: string, observations: unknown[], format = 'egov-kpi-feed/1') => ({
  format,
  unit,
  updatedAt: '2020-08-01T08:00:00+07:00',
  observations,
});

export const FAULT_UNITS = [
  'ok',
  'partly',
  'stale',
  'http500',
  'network',
  'timeout',
  'html',
  'format',
  'unit',
  'refused',
] as const;

export const FEEDS: Record<string, unknown> = {
  '/feeds/ok.json': feed('ok', [observation('2020-06'), observation('2020-07')]),
  '/feeds/partly.json': feed('partly', [
    observation('2020-06'),
    observation('2020-07', { servicesLevel3: 170 }),
  ]),
  '/feeds/stale.json': feed('stale', [observation('2020-04')]),
  '/feeds/format.json': feed('format', [observation('2020-07')], 'egov-kpi-feed/0.9'),
  '/feeds/unit.json': feed('someone-else', [observation('2020-07')]),
};

export const REGISTRY = {
  format: 'egov-kpi-registry/1',
  asOf: '2020-07',
  units: FAULT_UNITS.map((id) => ({
    id,
    kind: 'province',
    name: { vi: `Tỉnh ${id}`, en: `Province ${id}` },
    feed: id === 'refused' ? 'http://feeds.example.org/refused.json' : `feeds/${id}.json`,
  })),
  targets: [{ indicator: 'level4Rate', value: 0.3, deadline: '2020-12' }],
};

/** The same without the unit that never answers, for tests about output rather than faults. */
export const QUICK_REGISTRY = {
  ...REGISTRY,
  units: REGISTRY.units.filter((u) => u.id !== 'timeout'),
};

function json(res: ServerResponse, body: unknown) {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startFaultServer(): Promise<FaultServer> {
  const hits = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/registry.json') return json(res, REGISTRY);
    if (path === '/registry-quick.json') return json(res, QUICK_REGISTRY);
    if (path === '/feeds/http500.json') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      return res.end('Internal Server Error');
    }
    if (path === '/feeds/network.json') return req.socket.destroy();
    if (path === '/feeds/timeout.json') return void hanging.add(res); // never answers
    if (path === '/feeds/html.json') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<html><body>502 Bad Gateway</body></html>');
    }
    const body = FEEDS[path];
    if (body !== undefined) return json(res, body);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
