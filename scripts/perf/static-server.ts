/**
 * A small static web server for the performance runs: the production build (dist/) with one
 * exported dataset under /data/, a config.json pointing at it, gzip as any real web server sends,
 * the deployment's CSP headers, and index.html for the app's routes. Only on 127.0.0.1.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPANION_HEADERS, contentSecurityPolicy } from '../csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

export interface SiteOptions {
  /** The production build. */
  dist: string;
  /** The exported dataset, served at /data/. */
  data: string;
  port: number;
  /** What config.json names, relative to the site (default: the exported registry). */
  registry?: string;
}

/**
 * The floor for this design (issue 14): a bare page that fetches the same registry and feeds, as
 * many at once as the app, and JSON.parses each, then writes one line. Served at /floor.html.
 */
const FLOOR_HTML = Buffer.from(
  '<!doctype html><meta charset="utf-8"><title>floor</title><script src="/floor.js"></script>\n',
);
const FLOOR_JS = Buffer.from(`(async () => {
  const text = async (u) => (await fetch(u)).text();
  const registry = JSON.parse(await text('/data/registry.json'));
  const base = new URL('/data/registry.json', location.href);
  const urls = registry.units.map((u) => new URL(u.feed, base).href);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) JSON.parse(await text(urls[next++]));
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  window.__floorDoneAt = performance.now();
  // Something to paint when done: Lighthouse's LCP of this page is the network floor of the design.
  const done = document.createElement('h1');
  done.textContent = urls.length + ' feeds fetched and parsed';
  document.body.append(done);
})();
`);

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

interface Entry {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
}

export function serveSite(options: SiteOptions): Promise<RunningSite> {
  const dist = resolve(options.dist);
  const data = resolve(options.data);
  const cache = new Map<string, Entry>();
  const config = Buffer.from(
    `${JSON.stringify({ registry: options.registry ?? 'data/registry.json', defaultLocale: 'vi' })}\n`,
  );
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(),
    ...COMPANION_HEADERS,
  };

  const load = (file: string): Entry | null => {
    const cached = cache.get(file);
    if (cached) return cached;
    if (!existsSync(file) || !statSync(file).isFile()) return null;
    const body = readFileSync(file);
    const ext = extname(file);
    const entry: Entry = {
      body,
      gzip: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 6 }) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
    };
    cache.set(file, entry);
    return entry;
  };

  const resolveIn = (root: string, path: string): string | null => {
    const file = normalize(join(root, path));
    return file.startsWith(root) ? file : null;
  };

  // Everything the pages ask for compressed before the first request, as a host serving
  // precompressed files would: the build, the registry (or snapshot: 40 MB take this machine
  // about a second) and every feed the registry names. Compressing on the first request would
  // charge the server's work to whichever page asks first, on the same two cores.
  for (const file of filesUnder(dist)) load(file);
  const registryPath = options.registry ?? 'data/registry.json';
  const registryFile = registryPath.startsWith('data/')
    ? resolveIn(data, registryPath.slice('data/'.length))
    : null;
  const registry = registryFile ? load(registryFile) : null;
  if (registryFile && registry) {
    for (const feed of feedsNamed(registry.body)) {
      const file = resolveIn(dirname(registryFile), feed);
      if (file) load(file);
    }
  }

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let entry: Entry | null;
    let hashed = false;
    if (path === '/config.json') {
      entry = { body: config, gzip: null, type: TYPES['.json']! };
    } else if (path === '/floor.html') {
      entry = { body: FLOOR_HTML, gzip: null, type: 'text/html; charset=utf-8' };
    } else if (path === '/floor.js') {
      entry = { body: FLOOR_JS, gzip: null, type: 'text/javascript; charset=utf-8' };
    } else if (path.startsWith('/data/')) {
      const file = resolveIn(data, path.slice('/data/'.length));
      entry = file ? load(file) : null;
    } else {
      const file = resolveIn(dist, path === '/' ? 'index.html' : path.slice(1));
      entry = file ? load(file) : null;
      hashed = path.startsWith('/assets/');
      // The app's routes (no file extension) are index.html, as vite preview does.
      if (!entry && extname(path) === '') entry = load(join(dist, 'index.html'));
    }
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end('not found');
      return;
    }
    const gzip = entry.gzip !== null && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzip! : entry.body;
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      resolveStart({
        url: `http://127.0.0.1:${options.port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The feed paths a registry names, relative to it. */
function feedsNamed(body: Buffer): string[] {
  try {
    const { units } = JSON.parse(body.toString('utf8')) as { units?: { feed?: unknown }[] };
    return (units ?? []).flatMap((u) =>
      typeof u.feed === 'string' && !/^[a-z]+:/i.test(u.feed) ? [u.feed] : [],
    );
  } catch {
    return [];
  }
}
