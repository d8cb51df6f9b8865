import * as z from 'zod/mini';
import { isIndicator } from '../domain/indicators';
import { formatPeriod, type MonthIndex } from '../domain/period';
import type { LocalizedText, Region, Target, Unit } from '../domain/types';
import {
  LIMITS,
  UNIT_ID_PATTERN,
  hasControls,
  parseContractPeriod,
  shortText,
  stripControls,
} from './contract-limits';
import { describeValue } from './describe-value';
import { schemaReasons, type EntryReason } from './entry-reasons';
import {
  REGISTRY_FORMAT,
  regionSchema,
  registryEnvelopeSchema,
  registryUnitSchema,
  targetSchema,
} from './schemas/registry-schema';

export interface RegistryUnit extends Unit {
  /** The feed address exactly as the registry gives it (checked against the URL policy later). */
  feed: string;
}

/** Something in the registry that was left out or patched, with why. Shown on Data health. */
export type RegistryProblem = {
  section: 'units' | 'regions' | 'targets';
  index: number;
  id: string | null;
} & (
  | { problem: 'invalid'; reasons: EntryReason[] }
  | {
      problem:
        | 'duplicate-id'
        | 'unknown-region'
        | 'unknown-indicator'
        | 'bad-deadline'
        | 'name-missing'
        | 'bad-id'
        | 'name-too-long'
        | 'name-control'
        | 'duplicate-target';
      detail: string;
    }
);

export interface Registry {
  asOf: MonthIndex | null;
  regions: Region[];
  units: RegistryUnit[];
  targets: Target[];
  national: string | null;
  rankings: string | null;
  problems: RegistryProblem[];
  /** Set when the registry came from a snapshot (contract §8): when it was taken, as written. */
  snapshot?: { takenAt: string };
  /** Set on copies restored from the browser's storage (never on a registry fetched now). */
  fromSavedCopy?: true;
}

export type RegistryParseResult =
  { ok: true; registry: Registry } | { ok: false; field: string; found: string };

type NameDocument = { vi?: string | undefined; en?: string | undefined };

/** A name left out (or null) is a name with no text: the id stands in for it. */
const NO_NAME: NameDocument = {};

/** Either name stands in for a missing one; the id stands in when both are missing. */
function names(name: NameDocument, id: string): LocalizedText {
  const vi = clean(name.vi) || clean(name.en) || id;
  const en = clean(name.en) || clean(name.vi) || id;
  return { vi, en };
}

function clean(text: string | undefined): string {
  return text === undefined ? '' : stripControls(text).trim();
}

/** Characters as a reader counts them: a letter outside the BMP (an emoji) is one, not two. */
function characterCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** Contract 1.1 §2: a name longer than the limit is refused (a 10,000-character name). */
function tooLong(name: NameDocument): string | null {
  for (const text of [name.vi, name.en]) {
    if (text === undefined || text.length <= LIMITS.maxNameChars) continue;
    const count = characterCount(text);
    if (count > LIMITS.maxNameChars) {
      return `${count} > ${LIMITS.maxNameChars}: ${describeValue(text)}`;
    }
  }
  return null;
}

function withControls(name: NameDocument): string | null {
  for (const text of [name.vi, name.en]) {
    if (text !== undefined && hasControls(text)) return describeValue(text);
  }
  return null;
}

function idOf(entry: unknown): string | null {
  if (typeof entry === 'object' && entry !== null && 'id' in entry) {
    const id = entry.id;
    return typeof id === 'string' ? shortText(id, 64) : describeValue(id);
  }
  return null;
}

/**
 * Contract §2. A document that is not a registry is rejected whole (the start-up error screen
 * says why); a bad entry inside one is left out and listed in `problems`, never dropped silently.
 */
export function parseRegistry(doc: unknown): RegistryParseResult {
  const envelope = z.safeParse(registryEnvelopeSchema, doc);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const field = issue ? issue.path.join('.') || 'document' : 'document';
    const found =
      typeof doc === 'object' && doc !== null && field !== 'document'
        ? describeValue((doc as Record<string, unknown>)[String(issue?.path[0])])
        : describeValue(doc);
    return { ok: false, field, found };
  }
  const env = envelope.data;
  const problems: RegistryProblem[] = [];

  let asOf: MonthIndex | null = null;
  if (env.asOf !== undefined && env.asOf !== null) {
    asOf = parseContractPeriod(env.asOf);
    if (asOf === null) return { ok: false, field: 'asOf', found: describeValue(env.asOf) };
  }

  const regions: Region[] = [];
  (env.regions ?? []).forEach((entry, index) => {
    const r = z.safeParse(regionSchema, entry);
    if (!r.success) {
      problems.push({
        section: 'regions',
        index,
        id: idOf(entry),
        problem: 'invalid',
        reasons: schemaReasons(entry, r.error),
      });
      return;
    }
    const name = r.data.name ?? NO_NAME;
    const longName = tooLong(name);
    if (longName !== null) {
      problems.push({
        section: 'regions',
        index,
        id: shortText(r.data.id, 64),
        problem: 'name-too-long',
        detail: longName,
      });
      return;
    }
    if (regions.some((x) => x.id === r.data.id)) {
      problems.push({
        section: 'regions',
        index,
        id: r.data.id,
        problem: 'duplicate-id',
        detail: r.data.id,
      });
      return;
    }
    const controls = withControls(name);
    if (controls !== null) {
      const id = shortText(r.data.id, 64);
      problems.push({ section: 'regions', index, id, problem: 'name-control', detail: controls });
    }
    regions.push({ id: r.data.id, name: names(name, r.data.id) });
  });
  const regionIds = new Set(regions.map((r) => r.id));

  const units: RegistryUnit[] = [];
  const seen = new Set<string>();
  env.units.forEach((entry, index) => {
    const u = z.safeParse(registryUnitSchema, entry);
    if (!u.success) {
      problems.push({
        section: 'units',
        index,
        id: idOf(entry),
        problem: 'invalid',
        reasons: schemaReasons(entry, u.error),
      });
      return;
    }
    const { id, kind, feed } = u.data;
    // Contract 1.1 §2: `.`, `..` or a slash in an id would make links that go elsewhere.
    if (!UNIT_ID_PATTERN.test(id)) {
      problems.push({
        section: 'units',
        index,
        id: describeValue(id),
        problem: 'bad-id',
        detail: describeValue(id),
      });
      return;
    }
    const name = u.data.name ?? NO_NAME;
    const longName = tooLong(name);
    if (longName !== null) {
      problems.push({ section: 'units', index, id, problem: 'name-too-long', detail: longName });
      return;
    }
    if (seen.has(id)) {
      problems.push({ section: 'units', index, id, problem: 'duplicate-id', detail: id });
      return;
    }
    seen.add(id);
    const controls = withControls(name);
    if (controls !== null) {
      problems.push({ section: 'units', index, id, problem: 'name-control', detail: controls });
    }
    if (!clean(name.vi) && !clean(name.en)) {
      problems.push({ section: 'units', index, id, problem: 'name-missing', detail: id });
    }
    const region = u.data.region ?? null;
    if (region !== null && !regionIds.has(region)) {
      problems.push({
        section: 'units',
        index,
        id,
        problem: 'unknown-region',
        detail: describeValue(region),
      });
    }
    units.push({ id, kind, name: names(name, id), region, feed });
  });

  const targets: Target[] = [];
  const targetIndex: number[] = [];
  (env.targets ?? []).forEach((entry, index) => {
    const t = z.safeParse(targetSchema, entry);
    if (!t.success) {
      const indicator =
        typeof entry === 'object' && entry !== null && 'indicator' in entry
          ? describeValue(entry.indicator)
          : null;
      problems.push({
        section: 'targets',
        index,
        id: indicator,
        problem: 'invalid',
        reasons: schemaReasons(entry, t.error),
      });
      return;
    }
    if (!isIndicator(t.data.indicator)) {
      problems.push({
        section: 'targets',
        index,
        id: t.data.indicator,
        problem: 'unknown-indicator',
        detail: t.data.indicator,
      });
      return;
    }
    const deadline = parseContractPeriod(t.data.deadline);
    if (deadline === null) {
      problems.push({
        section: 'targets',
        index,
        id: t.data.indicator,
        problem: 'bad-deadline',
        detail: describeValue(t.data.deadline),
      });
      return;
    }
    const basis = t.data.basis ? names(t.data.basis, '') : { vi: '', en: '' };
    targets.push({ indicator: t.data.indicator, value: t.data.value, deadline, basis });
    targetIndex.push(index);
  });

  // Contract 1.1 §2: two targets of one indicator with one deadline leave that indicator with no
  // target until the registry is fixed, never "whichever came first".
  const duplicated = new Set<string>();
  const byKey = new Map<string, number>();
  targets.forEach((target, i) => {
    const key = `${target.indicator}@${target.deadline}`;
    if (byKey.has(key)) {
      duplicated.add(target.indicator);
      problems.push({
        section: 'targets',
        index: targetIndex[i] ?? i,
        id: target.indicator,
        problem: 'duplicate-target',
        detail: `${target.indicator}, ${formatPeriod(target.deadline)}`,
      });
    } else byKey.set(key, i);
  });
  const kept = targets.filter((target) => !duplicated.has(target.indicator));

  return {
    ok: true,
    registry: {
      asOf,
      regions,
      units,
      targets: kept,
      national: env.national ?? null,
      rankings: env.rankings ?? null,
      problems,
    },
  };
}

export { REGISTRY_FORMAT };
