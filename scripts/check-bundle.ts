/**
 * Bundle budget (issue 7), enforced by `npm test` from the build output: the JavaScript the
 * overview route loads (the entry script and every module it preloads; the overview is in the
 * entry, other screens are lazy chunks) must stay within budget, gzip. Also checks that export
 * and mock code and the other screens' messages stay out of it, and that each of its files starts
 * with V8's compile hint. Prints a table; exits 1 on a breach.
 *   npm run build && npm run size
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resources } from '../src/i18n/i18n';
import { COMPILE_HINT } from './compile-hint';

const DIST = process.argv[2] ?? 'dist';
const BUDGET_KB = 200;
/** Strings that only export or mock code contains: none may be in what the overview loads. */
const FORBIDDEN = [
  ['escapeFormulae', 'CSV export (papaparse)'],
  ['xl/worksheets', 'Excel export'],
  ['the PNG could not be written', 'image export (src/export/image.ts)'],
  ['[MSW]', 'mock API (MSW)'],
  ['setupWorker', 'mock API (MSW)'],
  ['deck__stage', 'presentation mode'],
  ['unit-head__title', 'unit page'],
  ...laterScreensMessages(),
] as const;

/**
 * Every namespace the first screen's i18next instance is not given (src/i18n/i18n.ts) comes with
 * its own screen's code (src/i18n/screen-messages.ts), or the command-line tools': from each, its
 * longest plain English text must not be in what the overview loads.
 */
function laterScreensMessages(): (readonly [string, string])[] {
  const texts = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(texts)
        : [];
  const later = readdirSync('src/i18n/locales/en')
    .map((file) => file.replace(/\.json$/, ''))
    .filter((ns) => !Object.hasOwn(resources.en, ns));
  return later.map((ns) => {
    const all = texts(JSON.parse(readFileSync(`src/i18n/locales/en/${ns}.json`, 'utf8')));
    const plain = all.filter((text) => /^[A-Za-z0-9 ,.:;()-]+$/.test(text));
    const longest = plain.reduce((a, b) => (b.length > a.length ? b : a), '');
    return [longest, `the ${ns} namespace's messages`] as const;
  });
}

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const initial = new Set<string>();
for (const match of html.matchAll(
  /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g,
)) {
  initial.add(match[1]!);
}
if (initial.size === 0) {
  console.error(`no script found in ${DIST}/index.html: build first (npm run build)`);
  process.exit(2);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzip = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;

let total = 0;
const problems: string[] = [];
console.log('JavaScript the overview route loads (gzip):');
for (const file of initial) {
  const size = gzip(file);
  total += size;
  console.log(`  ${kb(size).padStart(7)} kB  ${file}`);
  const code = readFileSync(join(DIST, file), 'utf8');
  if (!code.startsWith(`${COMPILE_HINT}\n`))
    problems.push(`${file} does not start with V8's compile hint (scripts/compile-hint.ts)`);
  for (const [needle, what] of FORBIDDEN) {
    if (code.includes(needle)) problems.push(`${file} contains ${what} ("${needle}")`);
  }
}
console.log(`  ${kb(total).padStart(7)} kB  in all (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB * 1024)
  problems.push(`overview JavaScript ${kb(total)} kB > ${BUDGET_KB} kB`);

console.log('Chunks loaded only when used (gzip):');
for (const file of readdirSync(join(DIST, 'assets')).sort()) {
  const path = `assets/${file}`;
  if (!file.endsWith('.js') || initial.has(path)) continue;
  console.log(`  ${kb(gzip(path)).padStart(7)} kB  ${path}`);
}

if (problems.length > 0) {
  console.error(`\nBundle budget breached:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\nBundle budget: OK');
