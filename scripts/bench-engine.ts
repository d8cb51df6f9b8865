/**
 * Engine benchmark (issue 7): on the `scale` mock data (10,000 communes + 22 ministries × 20 months),
 * the time of a full recompute for one period — aggregates for every scope and indicator, ranks,
 * the level-4 trends and statuses, and every laggard rule with the laggards' order — against a
 * bare pass that only reads every observation once, side by side in the same run. The records a
 * screen reads are made when first read; the bench also times one indicator read for every unit. Prints the medians and their ratio; exits 1 when a target is missed.
 *   npm run bench
 */
import { cpus, loadavg } from 'node:os';
import { serialize } from 'node:v8';
import { performance } from 'node:perf_hooks';
import { parseFeed } from '../src/data/parse-feed';
import { parseRegistry } from '../src/data/parse-registry';
import { INDICATORS } from '../src/domain/indicators';
import { buildPeriodModel } from '../src/domain/model';
import { formatPeriod } from '../src/domain/period';
import {
  modelFromParts,
  periodParts,
  periodPartsBuffers,
  type PeriodParts,
} from '../src/domain/period-parts';
import type { Dataset, Observation } from '../src/domain/types';
import { scenarioFor } from '../mocks/scenarios/scenario-for';

const RUNS = 25;
const TARGET_RATIO = 10;
const TARGET_MS = 100;

function loadScaleDataset(): Dataset {
  const scenario = scenarioFor('scale');
  const parsed = parseRegistry(scenario.registry());
  if (!parsed.ok) throw new Error(`scale registry invalid: ${parsed.field}`);
  const { registry } = parsed;
  const units = registry.units.map((u) => {
    const reply = scenario.feed(u.id);
    if (reply?.kind !== 'json') throw new Error(`no feed for ${u.id}`);
    const feed = parseFeed(reply.body, u.id, registry.asOf);
    if (!feed.ok) throw new Error(`feed ${u.id} rejected`);
    return {
      unit: { id: u.id, kind: u.kind, name: u.name, region: u.region },
      feed: 'loaded' as const,
      observations: new Map(feed.observations.map((o) => [o.period, o])),
    };
  });
  return { units, regions: registry.regions, targets: registry.targets, asOf: registry.asOf };
}

/** Reads every observation's fields once: the floor any recompute has to stand on. */
function barePass(dataset: Dataset): number {
  let sum = 0;
  for (const u of dataset.units) {
    for (const o of u.observations.values() as IterableIterator<Observation>) {
      sum += (o.servicesLevel4 ?? 0) + (o.servicesTotal ?? 0) + (o.servicesLevel3 ?? 0);
      sum += (o.dossiersOnline ?? 0) + (o.dossiersTotal ?? 0);
      sum += (o.lgsp === 'connected' ? 1 : 0) + (o.soc ? 1 : 0) + (o.vdxp ? 1 : 0);
      sum += o.portalConnected ? 1 : 0;
    }
  }
  return sum;
}

function fullRecompute(dataset: Dataset): number {
  // A dataset object of its own each time, as new data is: nothing remembered per dataset (the
  // months reported, say) is reused from the run before.
  const model = buildPeriodModel({ ...dataset }, dataset.asOf!);
  let n = model.laggards.length;
  for (const scope of model.scopes) {
    for (const indicator of INDICATORS) n += model.aggregate(scope, indicator).coverage.reported;
  }
  return n;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => number): { ms: number; result: number } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ` +
    `load average ${loadavg()[0]!.toFixed(1)} at start`,
);
const loadStart = performance.now();
const dataset = loadScaleDataset();
const observations = dataset.units.reduce((n, u) => n + u.observations.size, 0);
console.log(
  `scale data: ${dataset.units.length} units, ${observations} observations, period ${formatPeriod(dataset.asOf!)} (generated and parsed in ${(performance.now() - loadStart).toFixed(0)} ms)`,
);

// Warm up both paths, then alternate them so both see the same machine state.
for (let i = 0; i < 3; i++) {
  barePass(dataset);
  fullRecompute(dataset);
}
const bare: number[] = [];
const full: number[] = [];
let sink = 0;
for (let i = 0; i < RUNS; i++) {
  const b = time(() => barePass(dataset));
  const f = time(() => fullRecompute(dataset));
  bare.push(b.ms);
  full.push(f.ms);
  sink += b.result + f.result;
}

const bareMs = median(bare);
const fullMs = median(full);
const ratio = fullMs / bareMs;
console.log(`bare pass (read every observation once): ${bareMs.toFixed(2)} ms (median of ${RUNS})`);
console.log(`full recompute for one period:           ${fullMs.toFixed(2)} ms (median of ${RUNS})`);
console.log(
  `ratio: ${ratio.toFixed(1)}× (target ≤ ${TARGET_RATIO}×); full recompute target < ${TARGET_MS} ms`,
);
console.log(`(checksum ${sink})`);

// What a screen adds when it reads one indicator of every unit (the rankings, the map): the model
// makes each unit's record for an indicator the first time it is read.
const withRecords: number[] = [];
for (let i = 0; i < 9; i++) {
  withRecords.push(
    time(() => {
      const m = buildPeriodModel({ ...dataset }, dataset.asOf!);
      let n = 0;
      for (const u of m.units) n += u.indicators.level4Rate.rank ?? 0;
      return n;
    }).ms,
  );
}
console.log(
  `full recompute, then one indicator read for every unit: ${median(withRecords).toFixed(1)} ms (median of 9)`,
);

// What the page pays for the engine now that it runs in the data worker: receiving a period's
// parts (a structured clone, as postMessage makes, with the typed arrays transferred) and making
// the model from them, against the worker's own pass.
const worker: number[] = [];
const crossing: number[] = [];
const making: number[] = [];
const size = serialize(periodParts(dataset, dataset.asOf!)).length;
for (let i = 0; i < 9; i++) {
  worker.push(time(() => periodParts({ ...dataset }, dataset.asOf!).period).ms);
  const sent = periodParts(dataset, dataset.asOf!);
  let received: PeriodParts = sent;
  crossing.push(
    time(() => {
      received = structuredClone(sent, { transfer: periodPartsBuffers(sent) });
      return 0;
    }).ms,
  );
  making.push(time(() => modelFromParts(dataset, received).model.units.length).ms);
}
console.log(
  `engine in the data worker: its pass ${median(worker).toFixed(1)} ms there; on the page, the parts ` +
    `(${(size / 1e6).toFixed(1)} MB, typed arrays transferred) cross in ${median(crossing).toFixed(1)} ms ` +
    `and the model is made from them in ${median(making).toFixed(1)} ms (medians of 9)`,
);
const ok = ratio <= TARGET_RATIO && fullMs < TARGET_MS;
console.log(ok ? 'PASS' : 'MISS');
process.exitCode = ok ? 0 : 1;
