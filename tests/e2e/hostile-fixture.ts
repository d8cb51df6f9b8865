import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { nationalDocument, nationalFigure } from '../support/national-document';

/**
 * Issue 18's attacks as a deployment: the production build (dist/) with a config.json naming a
 * registry on the same server, whose feeds and extras try everything a hostile or careless
 * publisher could. A second server on another port of 127.0.0.1 stands in for another origin,
 * serving CORS-open "foreign" numbers. Neither sends a CSP, so nothing but the client's own checks
 * stands between the app and those numbers.
 */
export const APP_PORT = Number(process.env.E2E_HOSTILE_PORT ?? 4218);
export const FOREIGN_PORT = Number(process.env.E2E_FOREIGN_PORT ?? 4219);
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const FOREIGN = `http://127.0.0.1:${FOREIGN_PORT}`;

export const FLOOD_COUNT = 120_000;
export const RTL_NAME = 'Bình Dương\u202E';
export const FORMULA_NAME = 'Ha Noi;=HYPERLINK("http://evil.example","x")\t=1+1';
export const LONG_ADDRESS = `javascript:${'a'.repeat(3_000_000)}`;
export const CREDENTIALS_FEED = `http://evil.example:80@127.0.0.1:${APP_PORT}/fixture/feeds/ok1.json`;
export const FOREIGN_FEED = `${FOREIGN}/feeds/foreign.json`;

const months = ['2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08'];

function observations(level4: number, total = 2000) {
  return months.map((period, i) => ({
    period,
    servicesTotal: total,
    servicesLevel3: 100,
    servicesLevel4: Math.round(level4 * total) + i,
    dossiersTotal: 10_000,
    dossiersOnline: 2000,
    lgsp: 'operational',
    soc: true,
    vdxp: true,
    portalConnected: true,
  }));
}

const feed = (unit: string, obs: unknown[]) => ({
  format: 'egov-kpi-feed/1',
  unit,
  updatedAt: '2020-08-25T17:00:00+07:00',
  observations: obs,
});

const province = (id: string, vi: string, en: string, feedPath: string) => ({
  id,
  kind: 'province',
  name: { vi, en },
  feed: feedPath,
});

export const UNITS = {
  ok1: province('42', 'Hà Tĩnh', 'Ha Tinh', 'feeds/ok1.json'),
  ok2: province('01', 'Hà Nội', 'Ha Noi', 'feeds/ok2.json'),
  ok3: province('79', 'TP Hồ Chí Minh', 'Ho Chi Minh City', 'feeds/ok3.json'),
  rtl: province('74', RTL_NAME, 'Binh Duong\u202E', 'feeds/rtl.json'),
  formula: province('FRM', FORMULA_NAME, FORMULA_NAME, 'feeds/formula.json'),
  redirect: province('RDR', 'Tỉnh Chuyển Hướng', 'Redirect Province', 'feeds/redirect.json'),
  dataRedirect: province(
    'RDD',
    'Tỉnh Chuyển Sang Data',
    'Data Redirect Province',
    'feeds/data.json',
  ),
  bomb: province('BMB', 'Tỉnh Nén', 'Bomb Province', 'feeds/bomb.json'),
  big: province('BIG', 'Tỉnh Lớn', 'Big Province', 'feeds/big.json'),
  flood: province('FLD', 'Tỉnh Lũ', 'Flood Province', 'feeds/flood.json'),
  huge: province('HUG', 'Tỉnh Khổng Lồ', 'Huge Province', 'feeds/huge.json'),
  credentials: province('CRD', 'Tỉnh Mật Khẩu', 'Credentials Province', CREDENTIALS_FEED),
  longAddress: province('LNG', 'Tỉnh Địa Chỉ Dài', 'Long Address Province', LONG_ADDRESS),
};

export function registryDocument() {
  return {
    format: 'egov-kpi-registry/1',
    asOf: '2020-08',
    units: [
      ...Object.values(UNITS),
      province('.', 'Dấu chấm', 'Dot', 'feeds/dot.json'),
      province('..', 'Hai dấu chấm', 'Two dots', 'feeds/dotdot.json'),
      province('LONGNAME', 'x'.repeat(10_000), 'x', 'feeds/ok1.json'),
    ],
    targets: [
      { indicator: 'level4Rate', value: 0.2, deadline: '2020-12', basis: { vi: 'A', en: 'A' } },
      { indicator: 'level4Rate', value: 0.9, deadline: '2020-12', basis: { vi: 'B', en: 'B' } },
      { indicator: 'lgspConnected', value: 1, deadline: '2020-12', basis: { vi: 'C', en: 'C' } },
    ],
    national: 'national.json',
    rankings: 'rankings.json',
  };
}

/** A sound figure, then one broken each way; JSON leaves out a field given as undefined. */
const national = nationalDocument([
  nationalFigure({
    series: [
      { period: '2018-07', value: 88 },
      { period: '2020-07', value: 86 },
    ],
  }),
  nationalFigure({
    id: 'bad-huge',
    name: { vi: 'Số khổng lồ', en: 'Huge' },
    series: [{ period: '2020-07', value: 1e308 }],
  }),
  nationalFigure({
    id: 'bad-rank',
    name: { vi: 'Hạng âm', en: 'Negative rank' },
    of: 0,
    series: [{ period: '2020-07', value: -3 }],
  }),
  nationalFigure({
    name: { vi: 'Trùng mã', en: 'Duplicate id' },
    unit: 'count',
    better: 'higher',
    of: undefined,
    series: [{ period: '2020-07', value: 5 }],
  }),
  nationalFigure({
    id: 'bad-period',
    name: { vi: 'Năm 0001', en: 'Year 0001' },
    unit: 'count',
    better: 'higher',
    of: undefined,
    series: [
      { period: '0001-01', value: 5 },
      { period: '2020-07', value: 5 },
    ],
  }),
]);

const rankingsDocument = {
  format: 'egov-kpi-rankings/1',
  rankings: [
    {
      id: 'ict-2019',
      name: { vi: 'Chỉ số ICT 2019', en: 'ICT index 2019' },
      kind: 'province',
      period: '2019-12',
      order: ['79', '01', '42'],
    },
    {
      id: 'repeat',
      name: { vi: 'Lặp 5.000 lần', en: 'Repeated 5,000 times' },
      kind: 'province',
      period: '2019-12',
      order: Array.from({ length: 5000 }, () => '42'),
    },
  ],
};

function floodFeed(): string {
  const bad = Array.from({ length: FLOOD_COUNT }, (_, i) => ({
    period: 'x',
    servicesTotal: -i,
  }));
  return JSON.stringify(feed('FLD', [...observations(0.3), ...bad]));
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

function sendJson(res: ServerResponse, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(200, { 'Content-Type': 'application/json', ...headers });
  res.end(text);
}

/** 200 MB of JSON-ish text, compressed on the fly: about 200 kB on the wire. */
function sendBomb(res: ServerResponse) {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
  const gzip = createGzip({ level: 9 });
  gzip.pipe(res);
  const block = Buffer.alloc(1 << 20, 0x20);
  let left = 200;
  const pump = () => {
    while (left > 0) {
      left -= 1;
      if (!gzip.write(block)) {
        gzip.once('drain', pump);
        return;
      }
    }
    gzip.end();
  };
  gzip.write('{"format":"egov-kpi-feed/1","unit":"BMB","observations":[');
  res.on('close', () => {
    left = 0;
    gzip.destroy();
  });
  pump();
}

function serveApp(req: IncomingMessage, res: ServerResponse, dist: string) {
  const path = new URL(req.url ?? '/', APP).pathname;
  const file = normalize(join(dist, decodeURIComponent(path)));
  const target =
    file.startsWith(dist) && existsSync(file) && statSync(file).isFile()
      ? file
      : join(dist, 'index.html');
  res.writeHead(200, { 'Content-Type': MIME[extname(target)] ?? 'application/octet-stream' });
  res.end(readFileSync(target));
}

export interface HostileServers {
  /** Requests the foreign origin received (it is asked once the app follows a redirect). */
  foreignHits: string[];
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

export async function startHostileServers(dist = normalize(join(process.cwd(), 'dist'))) {
  const flood = floodFeed();
  const big = JSON.stringify(feed('BIG', observations(0.3))).padEnd(6_000_000, ' ');
  const registry = registryDocument();
  const feeds: Record<string, unknown> = {
    'ok1.json': feed('42', observations(0.3)),
    'ok2.json': feed('01', observations(0.25)),
    'ok3.json': feed('79', observations(0.35)),
    'rtl.json': feed('74', observations(0.2)),
    'formula.json': feed('FRM', observations(0.3, 1000)),
    'huge.json': feed(
      'HUG',
      [
        ...observations(0.1),
        {
          period: '2020-08',
          servicesTotal: 9_007_199_254_740_991,
          servicesLevel4: 9_007_199_254_740_990,
        },
      ].filter((o, i, all) => !(o.period === '2020-08' && i < all.length - 1)),
    ),
  };

  const app = createServer((req, res) => {
    const path = new URL(req.url ?? '/', APP).pathname;
    if (path === '/config.json')
      return sendJson(res, { registry: 'fixture/registry.json', defaultLocale: 'vi' });
    if (path === '/fixture/registry.json') return sendJson(res, registry);
    if (path === '/fixture/registry-redirect.json') {
      res.writeHead(302, { Location: `${FOREIGN}/registry.json` });
      return res.end();
    }
    if (path === '/fixture/national.json') return sendJson(res, national);
    if (path === '/fixture/rankings.json') return sendJson(res, rankingsDocument);
    if (path === '/fixture/feeds/redirect.json') {
      res.writeHead(302, { Location: FOREIGN_FEED });
      return res.end();
    }
    if (path === '/fixture/feeds/data.json') {
      // The browser fails the whole request at such a redirect, as a network error.
      res.writeHead(302, { Location: 'data:application/json,{"format":"egov-kpi-feed/1"}' });
      return res.end();
    }
    if (path === '/fixture/feeds/bomb.json') return sendBomb(res);
    if (path === '/fixture/feeds/big.json') {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': String(big.length),
      });
      return res.end(big);
    }
    if (path === '/fixture/feeds/flood.json') return sendJson(res, flood);
    const name = path.startsWith('/fixture/feeds/') ? path.slice('/fixture/feeds/'.length) : null;
    if (name !== null && name in feeds) return sendJson(res, feeds[name]);
    if (path.startsWith('/fixture/')) {
      res.writeHead(404);
      return res.end();
    }
    serveApp(req, res, dist);
  });

  const foreignHits: string[] = [];
  const foreign = createServer((req, res) => {
    foreignHits.push(req.url ?? '');
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (req.url === '/feeds/foreign.json')
      return sendJson(
        res,
        feed(
          'RDR',
          observations(1, 2000).map((o) => ({ ...o, servicesLevel3: 0, servicesLevel4: 2000 })),
        ),
        cors,
      );
    if (req.url === '/registry.json') {
      return sendJson(
        res,
        {
          ...registry,
          units: [province('FOREIGN', 'Đơn vị lạ', 'Foreign unit', 'feeds/foreign.json')],
        },
        cors,
      );
    }
    res.writeHead(404, cors);
    res.end();
  });

  await listen(app, APP_PORT);
  await listen(foreign, FOREIGN_PORT);
  const close = () =>
    Promise.all(
      [app, foreign].map(
        (s) =>
          new Promise<void>((resolve) => {
            s.closeAllConnections();
            s.close(() => resolve());
          }),
      ),
    ).then(() => undefined);
  return { foreignHits, close } satisfies HostileServers;
}
