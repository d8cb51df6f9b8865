/**
 * Builds the "real backend" deployment the end-to-end suite runs against: the production build
 * from dist/, plus the default dataset exported as static files, plus a config.json pointing at
 * them. Served by `vite preview --outDir`, it is exactly what a ministry would put on a web server.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFeeds } from './export-feeds';

const site = 'reports/tmp/static-site';
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync('dist', site, { recursive: true });
exportFeeds(join(site, 'data'));
writeFileSync(
  join(site, 'config.json'),
  `${JSON.stringify({ registry: 'data/registry.json', defaultLocale: 'vi' }, null, 2)}\n`,
);
console.log(`static site ready in ${site}`);
