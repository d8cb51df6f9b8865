/**
 * Checks a feed (or a registry and every feed it lists) with the dashboard's own parser and
 * client, and says in Vietnamese or English what the dashboard would reject and why:
 *   npm run validate -- <feed file or URL> [--registry <file or URL>] [--unit <id>]
 *                       [--as-of YYYY-MM] [--timeout <ms>] [--lang vi|en]
 *   npm run validate -- --registry <file or URL> [--timeout <ms>] [--lang vi|en]
 * Exit 0: accepted, nothing rejected (warnings do not count); 1: something rejected, including,
 * in a registry check, a feed that could not be read; 2: a usage error, or the feed or registry
 * named on the command line could not be read at all (HTTP, network, timeout, no such file).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TFunction } from 'i18next';
import { createLimiter } from '../src/data/limit-concurrency';
import { NETWORK } from '../src/data/network-settings';
import { isFetchFailure } from '../src/data/fetch-failure';
import { inSnapshot } from '../src/data/load-documents';
import { parseRegistry, type Registry } from '../src/data/parse-registry';
import {
  isSnapshot,
  readSnapshot,
  snapshotDocument,
  type Snapshot,
} from '../src/data/read-snapshot';
import { formatPeriod, parsePeriod, type MonthIndex } from '../src/domain/period';
import { majorityPeriod } from '../src/domain/periods';
import { entryReasonsText, registryProblemDetail } from '../src/data/entry-reason-text';
import { parseNational, parseRankings, type ExtrasParseResult } from '../src/data/parse-extras';
import { laterExtras } from '../src/domain/later-extras';
import { feedStatusText } from '../src/data/feed-status-text';
import { shownAddress } from '../src/data/url-policy';
import {
  checkFeed,
  isRejectedWhole,
  rejectionLines,
  reviewedAt,
  statusText,
  type FeedCheck,
} from './lib/check-feed';
import type { Locale } from '../src/data/schemas/config-schema';
import { cliTranslator, parseLocale } from './lib/cli-i18n';
import { exitQuietlyOnClosedPipe, textTable, type Output } from './lib/cli-output';
import { parseTimeout, readCommandLine, usageLines, type UsageProblem } from './lib/cli-args';
import { registryWarnings } from './lib/document-warnings';
import { notJsonPlace, notJsonText } from './lib/not-json-text';
import { warningLines } from './lib/warning-lines';
import {
  failureOutcome,
  NO_SUCH_FILE,
  readDocument,
  readSource,
  sourceUrl,
  type DocumentOutcome,
  type ReadOptions,
} from './lib/read-document';

export const EXIT = { accepted: 0, rejected: 1, usage: 2 } as const;

/**
 * The failures that say nothing about the document itself: it could not be read at all (a file
 * that does not exist is a network error). Anything else read is a verdict on the document or its
 * address: not JSON, too large, refused, not a registry.
 */
const READ_FAILURES = new Set(['http-error', 'network-error', 'timeout']);

const OPTIONS = ['registry', 'unit', 'as-of', 'timeout', 'lang'] as const;

/** What the dashboard shows for a unit whose feed holds no valid observation, in its own words. */
function nothingShown(t: TFunction): string {
  return t('tools:feed.nothingShown', {
    dataHealth: t('common:nav.data'),
    laggards: t('common:nav.laggards'),
    stale: t('common:feedStatus.stale'),
    reason: t('common:reason.stale-feed-empty'),
    flag: t('common:flag.stale-feed'),
    notReported: t('common:state.notReported'),
  });
}

function feedReport(check: FeedCheck, asOf: MonthIndex | null, t: TFunction): string[] {
  const lines: string[] = [];
  if (isRejectedWhole(check)) {
    lines.push(t('tools:feed.rejectedWhole', { reason: statusText(check, t) }));
    const notJson = notJsonText(check.notJson, t);
    if (notJson !== null) lines.push(notJson);
    lines.push(t('tools:feed.rejectedWholeHelp'));
    if (check.sample.length > 0) {
      lines.push(t('tools:feed.sample', { shown: check.sample.length }));
      for (const rejection of check.sample) lines.push(...rejectionLines(rejection, asOf, t));
    }
    lines.push(...warningLines(check.warnings, t));
    return lines;
  }
  if (check.rejections.length === 0) {
    lines.push(
      t('tools:feed.accepted', { kept: t('tools:feed.observations', { count: check.kept }) }),
    );
  } else {
    lines.push(
      t('tools:feed.partly', {
        kept: t('tools:feed.observations', { count: check.kept }),
        rejected: check.rejections.length,
      }),
    );
    for (const rejection of check.rejections) lines.push(...rejectionLines(rejection, asOf, t));
  }
  if (check.updatedAtInvalid !== null) {
    lines.push(t('tools:feed.updatedAtInvalid', { found: check.updatedAtInvalid }));
  }
  lines.push(...warningLines(check.warnings, t));
  if (check.empty) {
    const first = check.rejections.length === 0 ? 'noObservations' : 'noValid';
    lines.push(`${t(`tools:feed.${first}`)} ${nothingShown(t)}`);
  } else if (check.staleBy !== null && check.newest !== null && asOf !== null) {
    lines.push(
      t('tools:feed.stale', {
        newest: formatPeriod(check.newest),
        months: check.staleBy,
        asOf: formatPeriod(asOf),
      }),
    );
  }
  return lines;
}

async function loadRegistrySource(
  source: string,
  options: ReadOptions,
  t: TFunction,
  out: Output,
): Promise<{ registry: Registry; base: URL; readFeed: FeedReader } | number> {
  const outcome = await readSource(source, options);
  out.log(t('tools:registry.heading', { source }));
  if (outcome.kind !== 'body') {
    const check = checkFeed(outcome, '', null);
    const reason = readFailureText(outcome, feedStatusText(check.status, t), t);
    out.error(t('tools:readError', { source, reason }));
    const notJson = notJsonText(check.notJson, t);
    if (notJson !== null) out.error(notJson);
    // As for a feed: a registry that could not be read at all is a reading error, and one that
    // was read but is not JSON (or too large, or at a refused address) is rejected.
    return READ_FAILURES.has(check.status.kind) ? EXIT.usage : EXIT.rejected;
  }
  const base = sourceUrl(source);
  let registryDoc = outcome.body;
  let snapshotRegistry = false;
  let readFeed: FeedReader = (ref) => readDocument(ref, base, options);
  // Contract §8: a snapshot is read as the dashboard reads it, its documents with no request.
  if (isSnapshot(outcome.body)) {
    const snapshot = readSnapshot(outcome.body);
    if (!snapshot.ok) {
      out.log(t('tools:registry.rejected', { field: snapshot.field, found: snapshot.found }));
      return EXIT.rejected;
    }
    out.log(t('tools:registry.snapshot', { takenAt: snapshot.snapshot.takenAt }));
    registryDoc = snapshot.snapshot.registry;
    snapshotRegistry = true;
    readFeed = (ref) => Promise.resolve(fromSnapshot(snapshot.snapshot, ref, base));
  }
  const parsed = parseRegistry(registryDoc);
  if (!parsed.ok) {
    const { field, found } = snapshotRegistry ? inSnapshot(parsed) : parsed;
    out.log(t('tools:registry.rejected', { field, found }));
    return EXIT.rejected;
  }
  const { registry } = parsed;
  out.log(
    t('tools:registry.accepted', {
      units: t('tools:registry.units', { count: registry.units.length }),
      targets: t('tools:registry.targets', { count: registry.targets.length }),
      asOf: registry.asOf === null ? t('tools:registry.noAsOf') : formatPeriod(registry.asOf),
    }),
  );
  for (const line of warningLines(registryWarnings(registryDoc), t)) out.log(line);
  if (registry.problems.length > 0) {
    out.log(t('tools:registry.problems', { count: registry.problems.length }));
    for (const p of registry.problems) {
      out.log(
        t('tools:registry.problemLine', {
          section: t(`data:problems.sections.${p.section}`),
          position: p.index + 1,
          id: p.id ?? '',
          problem: t(`data:problems.kinds.${p.problem}`),
          detail: registryProblemDetail(
            p,
            t,
            registry.asOf === null ? '' : formatPeriod(registry.asOf),
          ),
        }),
      );
    }
  }
  return { registry, base, readFeed };
}

type FeedReader = (ref: string) => Promise<DocumentOutcome>;

/** A document of a snapshot as reading it gave: its body, its text, or its failure. */
function fromSnapshot(snapshot: Snapshot, ref: string, base: URL): DocumentOutcome {
  const at = new Date(snapshot.takenAt);
  let url: string;
  try {
    url = new URL(ref, base).href;
  } catch {
    url = ref;
  }
  try {
    return { kind: 'body', body: snapshotDocument(snapshot, ref, url), at };
  } catch (error) {
    if (!isFetchFailure(error)) throw error;
    // The whole text recorded, not the excerpt the dashboard shows: its line and column.
    const text = (snapshot.documents[ref] as { text?: unknown } | undefined)?.text;
    if (error.kind === 'not-json' && typeof text === 'string') return { kind: 'text', text, at };
    return failureOutcome(error, at);
  }
}

async function validateRegistry(
  registry: Registry,
  readFeed: FeedReader,
  t: TFunction,
  out: Output,
  locale: Locale,
): Promise<number> {
  const limit = createLimiter(NETWORK.maxConcurrentFeeds);
  const read = await Promise.all(
    registry.units.map((unit) =>
      limit(async () => checkFeed(await readFeed(unit.feed), unit.id, registry.asOf)),
    ),
  );
  // Without asOf, the period under review is the one the loaded feeds make (contract §2 ★).
  const period =
    registry.asOf ?? majorityPeriod(read.filter((c) => !isRejectedWhole(c)).map((c) => c.observed));
  const checks = read.map((c) =>
    registry.asOf === null && period !== null ? reviewedAt(c, period) : { ...c, later: 0 },
  );
  if (registry.asOf === null && period !== null) {
    out.log(t('tools:registry.majorityPeriod', { period: formatPeriod(period) }));
  }
  const rows = registry.units.map((unit, i) => {
    const check = checks[i]!;
    const notes = [
      statusWithPlace(check, t),
      ...(check.staleBy !== null || (check.empty && !isRejectedWhole(check))
        ? [t('common:feedStatus.stale')]
        : []),
      ...(check.later > 0 ? [t('tools:registry.later', { count: check.later })] : []),
      ...(check.warnings.length > 0
        ? [t('tools:registry.warnings', { count: check.warnings.length })]
        : []),
    ];
    const status = notes.join('; ');
    return [
      unit.id,
      status,
      isRejectedWhole(check) ? '' : String(check.kept),
      isRejectedWhole(check) ? '' : String(check.rejections.length),
      check.newest === null ? '' : formatPeriod(check.newest),
      shownAddress(unit.feed),
    ];
  });
  const header = ['unit', 'status', 'used', 'rejected', 'newest', 'detail'].map((k) =>
    t(`tools:registry.table.${k}`),
  );
  for (const line of textTable(header, rows)) out.log(line);
  const failed = checks.filter(isRejectedWhole).length;
  const partly = checks.filter((c) => c.status.kind === 'partly-invalid').length;
  const ok = checks.filter((c) => c.status.kind === 'ok').length;
  const stale = checks.filter((c) => !isRejectedWhole(c) && (c.staleBy !== null || c.empty)).length;
  out.log('');
  out.log(t('tools:registry.summary', { ok, total: checks.length, partly, failed, stale }));
  const later = checks.reduce((sum, c) => sum + c.later, 0);
  if (later > 0 && period !== null) {
    out.log(t('tools:registry.laterSummary', { count: later, period: formatPeriod(period) }));
  }
  if (partly + failed > 0) out.log(t('tools:registry.hint'));
  if (checks.some((c) => c.warnings.length > 0)) out.log(t('tools:registry.warningsHint'));
  const extrasRejected = await validateExtras(registry, readFeed, period, t, out, locale);
  return partly + failed + registry.problems.length + extrasRejected > 0
    ? EXIT.rejected
    : EXIT.accepted;
}

/**
 * One of the registry's optional documents (contract §7), checked as Data health checks it: read,
 * and each entry's problems in the dashboard's words. Its valid entries, and how many documents
 * or entries were rejected.
 */
async function checkExtras<T>(
  document: 'national' | 'rankings',
  path: string | null,
  parse: (doc: unknown, asOf: MonthIndex | null) => ExtrasParseResult<T>,
  registry: Registry,
  readFeed: FeedReader,
  t: TFunction,
  out: Output,
): Promise<{ items: T[]; rejected: number }> {
  if (path === null) return { items: [], rejected: 0 };
  out.log('');
  const label = t(`data:documents.${document}`);
  const outcome = await readFeed(path);
  if (outcome.kind !== 'body') {
    const reason = statusWithPlace(checkFeed(outcome, '', null), t);
    out.log(t('tools:extras.unavailable', { label, path, reason }));
    return { items: [], rejected: 1 };
  }
  const parsed = parse(outcome.body, registry.asOf);
  if (!parsed.ok) {
    out.log(t('tools:extras.rejected', { label, path, field: parsed.field, found: parsed.found }));
    return { items: [], rejected: 1 };
  }
  const items = t('data:documents.items', { count: parsed.items.length });
  out.log(t('tools:extras.read', { label, path, items }));
  const asOfText = registry.asOf === null ? '' : formatPeriod(registry.asOf);
  for (const p of parsed.problems) {
    out.log(
      `  - ${t('data:documents.entryProblem', {
        position: p.index + 1,
        id: p.id === null ? '' : ` (${p.id})`,
        detail: entryReasonsText(p.reasons, t, asOfText),
      })}`,
    );
  }
  return { items: parsed.items, rejected: parsed.problems.length };
}

/**
 * national.json and rankings.json, when the registry names them, and without asOf what in them is
 * later than the period under review. Says how many documents or entries were rejected.
 */
async function validateExtras(
  registry: Registry,
  readFeed: FeedReader,
  period: MonthIndex | null,
  t: TFunction,
  out: Output,
  locale: Locale,
): Promise<number> {
  const national = await checkExtras(
    'national',
    registry.national,
    parseNational,
    registry,
    readFeed,
    t,
    out,
  );
  const rankings = await checkExtras(
    'rankings',
    registry.rankings,
    parseRankings,
    registry,
    readFeed,
    t,
    out,
  );
  const later = registry.asOf === null ? laterExtras(national.items, rankings.items, period) : [];
  if (later.length > 0 && period !== null) {
    out.log(t('data:later.extrasIntro', { count: later.length, period: formatPeriod(period) }));
    for (const e of later) {
      const name = e.name[locale];
      out.log(`  - ${t(`data:later.${e.document}`, { name, period: formatPeriod(e.period) })}`);
    }
  }
  return national.rejected + rankings.rejected;
}

/** A feed's status for a table's row: where a document that is not JSON breaks, too. */
function statusWithPlace(check: FeedCheck, t: TFunction): string {
  const place = notJsonPlace(check.notJson, t);
  return place === null ? statusText(check, t) : `${statusText(check, t)} (${place})`;
}

/** Why a document could not be read: a file that does not exist is said to be missing. */
function readFailureText(outcome: DocumentOutcome, status: string, t: TFunction): string {
  const missing = outcome.kind === 'failure' && outcome.failure.detail.reason === NO_SUCH_FILE;
  return missing ? t('tools:noSuchFile') : status;
}

function unitFor(registry: Registry | null, base: URL | null, feedUrl: URL): string | null {
  if (registry === null || base === null) return null;
  for (const unit of registry.units) {
    try {
      if (new URL(unit.feed, base).href === feedUrl.href) return unit.id;
    } catch {
      // an address that does not parse names no feed
    }
  }
  return null;
}

interface ValidateArgs {
  values: Partial<Record<string, string>>;
  feedSource: string | undefined;
  asOfOverride: MonthIndex | null;
  timeoutMs: number | null;
  locale: Locale;
}

/** The command line's values checked, or the first thing wrong with them. */
function validateArgs(
  values: Partial<Record<string, string>>,
  positionals: string[],
): ValidateArgs | UsageProblem {
  const locale = parseLocale(values.lang);
  if (locale === null) return { kind: 'lang', value: values.lang ?? '' };
  if (positionals.length > 1) return { kind: 'tooMany', given: positionals };
  const feedSource = positionals[0];
  if (feedSource === undefined && values.registry === undefined) return { kind: 'noSource' };
  if (feedSource === undefined) {
    const feedOnly = (['unit', 'as-of'] as const).find((name) => values[name] !== undefined);
    if (feedOnly) return { kind: 'feedOnly', option: `--${feedOnly}` };
  }
  const asOfArg = values['as-of'];
  const asOfOverride = asOfArg === undefined ? null : parsePeriod(asOfArg);
  if (asOfArg !== undefined && asOfOverride === null) return { kind: 'asOf', value: asOfArg };
  const timeoutMs = values.timeout === undefined ? null : parseTimeout(values.timeout);
  if (values.timeout !== undefined && timeoutMs === null) {
    return { kind: 'timeout', value: values.timeout };
  }
  return { values, feedSource, asOfOverride, timeoutMs, locale };
}

export async function runValidateCli(
  args: readonly string[],
  out: Output = console,
  options: ReadOptions = {},
): Promise<number> {
  const line = readCommandLine(args, OPTIONS);
  const t = cliTranslator(parseLocale(line.values.lang) ?? 'vi');
  const read = line.problem ?? validateArgs(line.values, line.positionals);
  if ('kind' in read) {
    const usage = t('tools:usage.validate', { timeout: String(NETWORK.timeoutMs) });
    for (const text of usageLines(read, usage, OPTIONS, t)) out.error(text);
    return EXIT.usage;
  }
  const { values, feedSource, asOfOverride, locale } = read;
  const readOptions: ReadOptions = {
    ...options,
    ...(read.timeoutMs && { timeoutMs: read.timeoutMs }),
  };

  let registry: Registry | null = null;
  let base: URL | null = null;
  if (values.registry !== undefined) {
    const loaded = await loadRegistrySource(values.registry, readOptions, t, out);
    // The same code whether a feed was to be checked against it or not.
    if (typeof loaded === 'number') return loaded;
    ({ registry, base } = loaded);
    if (feedSource === undefined) {
      out.log('');
      return validateRegistry(registry, loaded.readFeed, t, out, locale);
    }
    out.log('');
  }
  if (feedSource === undefined) return EXIT.usage;

  const outcome = await readSource(feedSource, readOptions);
  const bodyUnit =
    outcome.kind === 'body' && typeof (outcome.body as { unit?: unknown } | null)?.unit === 'string'
      ? (outcome.body as { unit: string }).unit
      : null;
  const fromRegistry = unitFor(registry, base, sourceUrl(feedSource));
  const unit = values.unit ?? fromRegistry ?? bodyUnit ?? '';
  const shownUnit = unit === '' ? '–' : unit;
  const asOf = asOfOverride ?? registry?.asOf ?? null;

  out.log(t('tools:feed.heading', { source: feedSource }));
  // A draft checked against a registry that names another address: the unit it says it is must
  // be one the registry lists, or the dashboard reads no feed for it.
  if (registry !== null && fromRegistry === null && !registry.units.some((u) => u.id === unit)) {
    out.log(t('tools:feed.notInRegistry', { unit: shownUnit }));
    return EXIT.rejected;
  }
  const check = checkFeed(outcome, unit, asOf);
  if (READ_FAILURES.has(check.status.kind)) {
    const reason = readFailureText(outcome, statusText(check, t), t);
    out.error(t('tools:readError', { source: feedSource, reason }));
    return EXIT.usage;
  }
  out.log(
    asOf !== null
      ? t('tools:feed.context', { unit: shownUnit, asOf: formatPeriod(asOf) })
      : registry !== null
        ? t('tools:feed.contextNoAsOfRegistry', { unit: shownUnit, registry: values.registry })
        : t('tools:feed.contextNoAsOf', { unit: shownUnit }),
  );
  if (values.unit === undefined && fromRegistry === null && bodyUnit !== null) {
    out.log(
      registry === null
        ? t('tools:feed.unitFromFeed')
        : t('tools:feed.unitByIdInRegistry', { unit: shownUnit }),
    );
  }
  for (const line of feedReport(check, asOf, t)) out.log(line);
  return check.status.kind === 'ok' ? EXIT.accepted : EXIT.rejected;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  exitQuietlyOnClosedPipe();
  process.exitCode = await runValidateCli(process.argv.slice(2));
}
