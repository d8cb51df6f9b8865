/**
 * Performance run (issue 7): builds the app, exports the static feeds (85, 1,000 and 10,022
 * units), serves each on 127.0.0.1 and measures, with Debian's Chromium:
 *   - Lighthouse performance on the overview (default mobile emulation and desktop preset);
 *   - loading 85 / 1,000 / 10,022 feeds: time until all settled, progress shown, long tasks,
 *     JavaScript heap after load;
 *   - the rankings of 10,000 communes: change indicator, sort, period — input to painted frame.
 * Writes reports/perf.md and prints it. Exits 1 when a target is missed.
 *   npm run perf                 (PERF_SKIP_BUILD=1 reuses dist/; PERF_LIGHTHOUSE_RUNS=n, default 3)
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchChromium, CHROMIUM_PATH } from './chromium';
import { exportDatasets } from './datasets';
import { measureLoading, type LoadingResult } from './measure-loading';
import { measureRankings, type RankingsResult } from './measure-rankings';
import { runLighthouse, type LighthouseResult } from './run-lighthouse';
import { serveSite } from './static-server';

const PORTS = { default: 4715, 'scale-1000': 4716, scale: 4717 } as const;
const TARGETS = { mobile: 0.95, desktop: 1, cls: 0.02, interactionMs: 100 };
const LIGHTHOUSE_RUNS = Number(process.env.PERF_LIGHTHOUSE_RUNS ?? 3);
const SCRATCH = 'reports/tmp/perf';

const log = (message: string) => console.error(`[perf] ${message}`);

function machine() {
  const chromium = execSync(`${CHROMIUM_PATH} --version`, { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
  const lighthouse = (
    JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }
  ).version;
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium,
    lighthouse,
    load: loadavg()[0]!.toFixed(1),
  };
}

async function main() {
  const started = performance.now();
  const info = machine();
  if (process.env.PERF_SKIP_BUILD !== '1') {
    log('building (vite build)…');
    execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  log('exporting the datasets…');
  mkdirSync(SCRATCH, { recursive: true });
  const datasets = exportDatasets(join(SCRATCH, 'data'));
  const sites = await Promise.all(
    datasets.map((d) =>
      serveSite({ dist: 'dist', data: d.dir, port: PORTS[d.name as keyof typeof PORTS] }),
    ),
  );
  const site = (name: keyof typeof PORTS) => sites[datasets.findIndex((d) => d.name === name)]!;
  const units = (name: keyof typeof PORTS) => datasets.find((d) => d.name === name)!.units;

  try {
    const lighthouse: Record<'mobile' | 'desktop', LighthouseResult[]> = {
      mobile: [],
      desktop: [],
    };
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      for (const preset of ['mobile', 'desktop'] as const) {
        log(`Lighthouse ${preset}, run ${run} of ${LIGHTHOUSE_RUNS}…`);
        lighthouse[preset].push(await runLighthouse(site('default').url, preset));
      }
    }

    const browser = await launchChromium();
    const loading: LoadingResult[] = [];
    let rankings: RankingsResult | null = null;
    try {
      for (const name of ['default', 'scale-1000'] as const) {
        log(`loading ${units(name)} feeds…`);
        loading.push(await measureLoading(browser, site(name).url, units(name)));
      }
      log(`loading ${units('scale')} feeds on the rankings, then its interactions…`);
      const big = await measureLoading(
        browser,
        `${site('scale').url}rankings/provinces`,
        units('scale'),
        async (page) => {
          rankings = await measureRankings(page, units('scale'));
        },
      );
      loading.push(big);
    } finally {
      await browser.close();
    }

    const report = render(
      info,
      lighthouse,
      loading,
      rankings,
      (performance.now() - started) / 1000,
    );
    writeFileSync('reports/perf.md', report.text);
    console.log(report.text);
    process.exitCode = report.missed.length > 0 ? 1 : 0;
  } finally {
    await Promise.all(sites.map((s) => s.close()));
  }
}

function render(
  info: ReturnType<typeof machine>,
  lighthouse: Record<'mobile' | 'desktop', LighthouseResult[]>,
  loading: LoadingResult[],
  rankings: RankingsResult | null,
  seconds: number,
) {
  const missed: string[] = [];
  const n = (value: number, digits = 0) =>
    value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const lines: string[] = [];
  lines.push('# Performance run', '');
  lines.push(
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB; Node ${info.node}; ` +
      `${info.chromium}; Lighthouse ${info.lighthouse}. Load average at start ${info.load}. ` +
      `Production build (vite build) with the exported static feeds, served gzip on 127.0.0.1. ` +
      `Run took ${n(seconds)} s.`,
    '',
  );

  lines.push('## Lighthouse, overview (85 units)', '');
  lines.push(
    `Median of ${LIGHTHOUSE_RUNS} runs per preset (score; metrics of the median-score run).`,
    '',
  );
  lines.push('| preset | score | target | FCP | LCP | TBT | CLS | Speed Index | all scores |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const preset of ['mobile', 'desktop'] as const) {
    const runs = lighthouse[preset];
    const sorted = [...runs].sort((a, b) => a.score - b.score);
    const mid = sorted[Math.floor(sorted.length / 2)]!;
    const target = TARGETS[preset];
    const ok = mid.score >= target && mid.cls < TARGETS.cls;
    if (!ok) missed.push(`Lighthouse ${preset}`);
    lines.push(
      `| ${preset} | ${n(mid.score, 2)} ${ok ? '✅' : '❌'} | ≥ ${n(target, 2)}, CLS < ${TARGETS.cls} | ` +
        `${n(mid.fcpMs)} ms | ${n(mid.lcpMs)} ms | ${n(mid.tbtMs)} ms | ${n(mid.cls, 3)} | ` +
        `${n(mid.speedIndexMs)} ms | ${runs.map((r) => n(r.score, 2)).join(', ')} |`,
    );
  }
  lines.push('');

  lines.push('## Loading the feeds (cold start, Chromium, 1440×900)', '');
  lines.push(
    '| units | all settled | feeds/s | progress shown while loading | longest task | blocking (Σ task − 50 ms) | JS heap after load (after GC) |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const l of loading) {
    const progress = l.progress.length > 0 ? l.progress.map((p) => `“${p}”`).join(' → ') : '—';
    if (l.units >= 10_000 && l.progress.length < 2) missed.push('progress at 10,000 feeds');
    lines.push(
      `| ${n(l.units)} | ${n(l.loadedMs / 1000, 1)} s | ${n(l.feedsPerSecond)} | ${progress} | ` +
        `${n(l.longestTaskMs)} ms | ${n(l.blockingMs)} ms | ${n(l.heapUsedMB, 1)} MB (${n(l.heapAfterGcMB, 1)} MB) |`,
    );
  }
  lines.push('');

  lines.push('## Rankings of 10,000 communes (virtualised table)', '');
  if (rankings === null) {
    lines.push('Not measured.');
    missed.push('rankings');
  } else {
    const r: RankingsResult = rankings;
    lines.push(
      `${n(r.rowsRendered)} rows rendered of ${n(r.units)} units. Input (a key on the select, a ` +
        'click on a header) to the next frame painted with the new rows: performance mark at the ' +
        'input, MutationObserver, then requestAnimationFrame + a task. Event Timing: the ' +
        "input's own entry (to the next paint after its handlers).",
      '',
    );
    lines.push('| interaction | next frame painted (median) | target | runs | Event Timing |');
    lines.push('| --- | --- | --- | --- | --- |');
    for (const i of r.interactions) {
      const counted = !i.name.startsWith('change period');
      const ok = i.paintedMs <= TARGETS.interactionMs;
      if (counted && !ok) missed.push(`rankings: ${i.name}`);
      lines.push(
        `| ${i.name} | ${n(i.paintedMs)} ms ${counted ? (ok ? '✅' : '❌') : ''} | ` +
          `${counted ? `≤ ${TARGETS.interactionMs} ms` : '(not a target)'} | ` +
          `${i.runs.map((x) => n(x)).join(', ')} | ${i.eventTimingMs === null ? '—' : `${n(i.eventTimingMs)} ms`} |`,
      );
    }
  }
  lines.push('');
  lines.push(
    `Engine: \`npm run bench\`. Bundle: \`npm run size\`. ${missed.length === 0 ? 'All targets met.' : `Missed: ${missed.join('; ')}.`}`,
    '',
  );
  return { text: lines.join('\n'), missed };
}

await main();
