/**
 * Freezes a reporting round: fetches the registry and every document it names under the
 * dashboard's own client rules and writes a contract §8 snapshot, each failure recorded as it
 * happened:   npm run harvest -- <registry URL or file> <snapshot.json> [--timeout <ms>] [--lang vi|en]
 * Exit 0 when the snapshot was written (a failed feed is data); 1 when the registry could not be
 * read or is not a registry (no snapshot); 2 on a usage error or when the file cannot be written.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { failureStatus, type FeedStatus } from '../src/data/feed-status';
import { feedStatusText } from '../src/data/feed-status-text';
import { createLimiter } from '../src/data/limit-concurrency';
import { NETWORK } from '../src/data/network-settings';
import { parseFeed } from '../src/data/parse-feed';
import { parseRegistry } from '../src/data/parse-registry';
import {
  SNAPSHOT_FAILURE_KINDS,
  SNAPSHOT_FORMAT,
  snapshotSchema,
  type SnapshotDocument,
  type SnapshotEntry,
  type SnapshotFailureKind,
} from '../src/data/schemas/snapshot-schema';
import { parseTimeout, readCommandLine, usageLines, type UsageProblem } from './lib/cli-args';
import { cliTranslator, parseLocale } from './lib/cli-i18n';
import { exitQuietlyOnClosedPipe, type Output } from './lib/cli-output';
import { jsonSyntaxError, type JsonSyntaxError } from './lib/json-syntax';
import { notJsonText } from './lib/not-json-text';
import {
  NOT_JSON_TEXT_CHARS,
  readDocument,
  readSource,
  sourceUrl,
  type DocumentOutcome,
  type ReadOptions,
} from './lib/read-document';

export interface HarvestSummary {
  documents: number;
  ok: number;
  /** Failed documents by kind: http 500, timeout, refused, not-json, … */
  failed: Record<string, number>;
  feeds: { accepted: number; rejectedWhole: number; rejectedObservations: number };
}

export type HarvestResult =
  | { ok: true; snapshot: SnapshotDocument; summary: HarvestSummary }
  /**
   * `status`: why the registry could not be read, said in the words Data health uses; `notJson`:
   * where a registry that is not JSON breaks.
   */
  | { ok: false; status: FeedStatus; notJson?: JsonSyntaxError | null };

export interface HarvestOptions extends ReadOptions {
  onProgress?: (done: number, total: number) => void;
}

function entryOf(outcome: DocumentOutcome): SnapshotEntry {
  const fetchedAt = outcome.at.toISOString();
  if (outcome.kind === 'body') return { fetchedAt, body: outcome.body };
  if (outcome.kind === 'text') return { fetchedAt, text: outcome.text };
  const { kind, detail } = outcome.failure;
  const known = (SNAPSHOT_FAILURE_KINDS as readonly string[]).includes(kind);
  const failureKind = (known ? kind : 'network') as SnapshotFailureKind;
  return {
    fetchedAt,
    failure:
      failureKind === 'http' ? { kind: 'http', status: detail.status ?? 0 } : { kind: failureKind },
  };
}

function failureLabel(entry: SnapshotEntry): string | null {
  if (entry.failure) {
    return entry.failure.kind === 'http'
      ? `http ${entry.failure.status ?? ''}`
      : entry.failure.kind;
  }
  return entry.text !== undefined ? 'not-json' : null;
}

export async function harvest(
  source: string,
  options: HarvestOptions = {},
): Promise<HarvestResult> {
  const base = sourceUrl(source);
  const registryOutcome = await readSource(source, options);
  if (registryOutcome.kind === 'text') {
    const { text } = registryOutcome;
    const notJson = jsonSyntaxError(text, text.length >= NOT_JSON_TEXT_CHARS);
    return { ok: false, status: { kind: 'not-json' }, notJson };
  }
  if (registryOutcome.kind === 'failure') {
    return { ok: false, status: failureStatus(registryOutcome.failure) };
  }
  const parsed = parseRegistry(registryOutcome.body);
  if (!parsed.ok) {
    const detail = `${parsed.field}: ${parsed.found}`;
    return {
      ok: false,
      status: { kind: 'wrong-format', detail, field: parsed.field, found: parsed.found },
    };
  }
  const { registry } = parsed;

  // Keyed by the registry's references exactly as written; one fetch per distinct reference.
  const refs = [
    ...new Set([
      ...registry.units.map((u) => u.feed),
      ...(registry.national ? [registry.national] : []),
      ...(registry.rankings ? [registry.rankings] : []),
    ]),
  ];
  const limit = createLimiter(NETWORK.maxConcurrentFeeds);
  let done = 0;
  const entries = await Promise.all(
    refs.map((ref) =>
      limit(async () => {
        const entry = entryOf(await readDocument(ref, base, options));
        options.onProgress?.(++done, refs.length);
        return [ref, entry] as const;
      }),
    ),
  );
  const documents = Object.fromEntries(entries);

  const summary: HarvestSummary = {
    documents: refs.length,
    ok: 0,
    failed: {},
    feeds: { accepted: 0, rejectedWhole: 0, rejectedObservations: 0 },
  };
  for (const [, entry] of entries) {
    const label = failureLabel(entry);
    if (label === null) summary.ok++;
    else summary.failed[label] = (summary.failed[label] ?? 0) + 1;
  }
  for (const unit of registry.units) {
    const entry = documents[unit.feed];
    if (entry?.body === undefined) continue;
    const feed = parseFeed(entry.body, unit.id, registry.asOf);
    if (feed.ok) {
      summary.feeds.accepted++;
      summary.feeds.rejectedObservations += feed.rejections.length;
    } else summary.feeds.rejectedWhole++;
  }

  const snapshot: SnapshotDocument = z.parse(snapshotSchema, {
    format: SNAPSHOT_FORMAT,
    takenAt: (options.now ?? (() => new Date()))().toISOString(),
    ...(base.protocol === 'file:' ? {} : { registryUrl: base.href }),
    registry: registryOutcome.body,
    documents,
  });
  return { ok: true, snapshot, summary };
}

const OPTIONS = ['timeout', 'lang'] as const;

/** The command line's values checked, or the first thing wrong with them. */
function harvestArgs(
  values: Partial<Record<string, string>>,
  positionals: string[],
): { source: string; target: string; timeoutMs: number | null } | UsageProblem {
  if (parseLocale(values.lang) === null) return { kind: 'lang', value: values.lang ?? '' };
  const [source, target] = positionals;
  if (positionals.length !== 2 || !source || !target) {
    return { kind: 'harvestArgs', given: positionals };
  }
  const timeoutMs = values.timeout === undefined ? null : parseTimeout(values.timeout);
  if (values.timeout !== undefined && timeoutMs === null) {
    return { kind: 'timeout', value: values.timeout };
  }
  return { source, target, timeoutMs };
}

export async function runHarvestCli(
  args: readonly string[],
  out: Output = console,
  options: ReadOptions = {},
): Promise<number> {
  const line = readCommandLine(args, OPTIONS);
  const t = cliTranslator(parseLocale(line.values.lang) ?? 'vi');
  const read = line.problem ?? harvestArgs(line.values, line.positionals);
  if ('kind' in read) {
    const usage = t('tools:usage.harvest', { timeout: String(NETWORK.timeoutMs) });
    for (const text of usageLines(read, usage, OPTIONS, t)) out.error(text);
    return 2;
  }
  const { source, target, timeoutMs } = read;
  const result = await harvest(source, {
    ...options,
    ...(timeoutMs ? { timeoutMs } : {}),
    onProgress: (done, total) => {
      const step = Math.max(1, Math.floor(total / 10));
      if (total >= 100 && (done % step === 0 || done === total)) {
        out.error(t('tools:harvest.progress', { done, total }));
      }
    },
  });
  if (!result.ok) {
    out.error(t('tools:harvest.registryFailed', { reason: feedStatusText(result.status, t) }));
    const notJson = notJsonText(result.notJson ?? null, t);
    if (notJson !== null) out.error(notJson);
    return 1;
  }
  try {
    await writeFile(target, `${JSON.stringify(result.snapshot, null, 2)}\n`, 'utf8');
  } catch (error) {
    out.error(t('tools:harvest.writeFailed', { file: target, reason: (error as Error).message }));
    return 2;
  }
  const { summary } = result;
  const failed = Object.values(summary.failed).reduce((a, b) => a + b, 0);
  out.log(t('tools:harvest.written', { file: target, documents: summary.documents }));
  out.log(t('tools:harvest.summary', { ok: summary.ok, failed }));
  for (const [kind, count] of Object.entries(summary.failed).sort()) {
    out.log(t('tools:harvest.failedKind', { kind, count }));
  }
  out.log(
    t('tools:harvest.feeds', {
      accepted: summary.feeds.accepted,
      rejectedWhole: summary.feeds.rejectedWhole,
      rejected: t('tools:harvest.observations', { count: summary.feeds.rejectedObservations }),
    }),
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  exitQuietlyOnClosedPipe();
  process.exitCode = await runHarvestCli(process.argv.slice(2));
}
