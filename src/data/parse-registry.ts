import * as z from 'zod/mini';
import { isIndicator } from '../domain/indicators';
import { parsePeriod, type MonthIndex } from '../domain/period';
import type { LocalizedText, Region, Target, Unit } from '../domain/types';
import { describeValue } from './describe-value';
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
export interface RegistryProblem {
  section: 'units' | 'regions' | 'targets';
  index: number;
  id: string | null;
  problem:
    | 'invalid'
    | 'duplicate-id'
    | 'unknown-region'
    | 'unknown-indicator'
    | 'bad-deadline'
    | 'name-missing';
  detail: string;
}

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

function valueAt(entry: unknown, path: readonly PropertyKey[]): unknown {
  let value = entry;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** "kind: invalid_value (found "district")" for each issue: the field, the rule and the value. */
export function issueText(entry: unknown, error: z.core.$ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path.map(String).join('.') || '(entry)';
      return `${path}: ${i.code} (found ${describeValue(valueAt(entry, i.path))})`;
    })
    .join('; ');
}

/** Either name stands in for a missing one; the id stands in when both are missing. */
function names(
  name: { vi?: string | undefined; en?: string | undefined },
  id: string,
): LocalizedText {
  const vi = name.vi?.trim() || name.en?.trim() || id;
  const en = name.en?.trim() || name.vi?.trim() || id;
  return { vi, en };
}

function idOf(entry: unknown): string | null {
  if (typeof entry === 'object' && entry !== null && 'id' in entry) {
    const id = entry.id;
    return typeof id === 'string' ? id : describeValue(id);
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
    asOf = parsePeriod(env.asOf);
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
        detail: issueText(entry, r.error),
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
    regions.push({ id: r.data.id, name: names(r.data.name, r.data.id) });
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
        detail: issueText(entry, u.error),
      });
      return;
    }
    const { id, kind, feed } = u.data;
    if (seen.has(id)) {
      problems.push({ section: 'units', index, id, problem: 'duplicate-id', detail: id });
      return;
    }
    seen.add(id);
    if (!u.data.name.vi?.trim() && !u.data.name.en?.trim()) {
      problems.push({ section: 'units', index, id, problem: 'name-missing', detail: id });
    }
    const region = u.data.region ?? null;
    if (region !== null && !regionIds.has(region)) {
      problems.push({ section: 'units', index, id, problem: 'unknown-region', detail: region });
    }
    units.push({ id, kind, name: names(u.data.name, id), region, feed });
  });

  const targets: Target[] = [];
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
        detail: issueText(entry, t.error),
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
    const deadline = parsePeriod(t.data.deadline);
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
  });

  return {
    ok: true,
    registry: {
      asOf,
      regions,
      units,
      targets,
      national: env.national ?? null,
      rankings: env.rankings ?? null,
      problems,
    },
  };
}

export { REGISTRY_FORMAT };
