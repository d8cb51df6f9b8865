/**
 * What the contract lets pass but a publisher almost certainly did not mean (contract §3: unknown
 * fields are ignored): a field whose name is close to one of the contract's, and an observation
 * that carries no figure at all. Warnings only: they never change a verdict or an exit code.
 */
import { observationSchema } from '../../src/data/schemas/observation-schema';
import {
  regionSchema,
  registryEnvelopeSchema,
  registryUnitSchema,
  targetSchema,
} from '../../src/data/schemas/registry-schema';
import { feedDocumentSchema } from '../../src/data/schemas/document-schemas';
import { closeFieldNamesOf } from './close-field-names';

/** Where in the document: `observations[3]` and its period, or null for the document itself. */
export interface Place {
  path: string | null;
  label: string | null;
}

/** A warning and the places it applies to: the first few, and how many in all. */
export type DocumentWarning = { places: Place[]; count: number } & (
  { kind: 'unknown-field'; field: string; meant: string[] } | { kind: 'no-figures' }
);

/** Places listed by name; the rest are counted. */
export const PLACES_SHOWN = 5;

/** Every field of an observation but its period. */
export const FIGURES = Object.keys(observationSchema.shape).filter((field) => field !== 'period');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A label short and plain enough to print beside a position (a period, a unit id). */
function labelOf(value: unknown): string | null {
  return typeof value === 'string' && /^[\x20-\x7E]{1,24}$/.test(value) ? value : null;
}

/** Collects warnings by what they say, each with the places it was found. */
class Warnings {
  private readonly byKey = new Map<string, DocumentWarning>();

  add(key: string, place: Place, warning: () => DocumentWarning): void {
    let found = this.byKey.get(key);
    if (found === undefined) {
      found = warning();
      this.byKey.set(key, found);
    }
    if (found.places.length < PLACES_SHOWN) found.places.push(place);
    found.count++;
  }

  /** Every entry's fields not in `known` but close to one of its names. */
  checkNames(scope: string, known: readonly string[]) {
    const close = closeFieldNamesOf(known);
    return (entry: Record<string, unknown>, place: Place) => {
      for (const field of Object.keys(entry)) {
        const meant = close(field);
        if (meant.length === 0) continue;
        this.add(`${scope}\u0000${field}`, place, () => ({
          kind: 'unknown-field',
          field,
          meant,
          places: [],
          count: 0,
        }));
      }
    };
  }

  list(): DocumentWarning[] {
    return [...this.byKey.values()];
  }
}

const TOP: Place = { path: null, label: null };

/**
 * A feed's warnings. `rejected` holds the positions of observations the parser rejected: those
 * already say what is wrong with them, so only a kept one is said to carry no figure.
 */
export function feedWarnings(body: unknown, rejected: ReadonlySet<number>): DocumentWarning[] {
  if (!isRecord(body)) return [];
  const warnings = new Warnings();
  warnings.checkNames('feed', Object.keys(feedDocumentSchema.shape))(body, TOP);
  if (!Array.isArray(body.observations)) return warnings.list();
  const checkObservation = warnings.checkNames('observation', Object.keys(observationSchema.shape));
  body.observations.forEach((raw: unknown, index) => {
    if (!isRecord(raw)) return;
    const place = { path: `observations[${index}]`, label: labelOf(raw.period) };
    checkObservation(raw, place);
    const empty = FIGURES.every((field) => raw[field] === undefined || raw[field] === null);
    if (empty && !rejected.has(index)) {
      warnings.add('no-figures', place, () => ({ kind: 'no-figures', places: [], count: 0 }));
    }
  });
  return warnings.list();
}

/** A registry's warnings: misspelled names in it and in its units, regions and targets. */
export function registryWarnings(doc: unknown): DocumentWarning[] {
  if (!isRecord(doc)) return [];
  const warnings = new Warnings();
  warnings.checkNames('registry', Object.keys(registryEnvelopeSchema.shape))(doc, TOP);
  const sections = [
    ['units', registryUnitSchema, 'id'],
    ['regions', regionSchema, 'id'],
    ['targets', targetSchema, 'indicator'],
  ] as const;
  for (const [section, schema, labelField] of sections) {
    const list = doc[section];
    if (!Array.isArray(list)) continue;
    const check = warnings.checkNames(section, Object.keys(schema.shape));
    list.forEach((entry: unknown, index) => {
      if (!isRecord(entry)) return;
      check(entry, { path: `${section}[${index}]`, label: labelOf(entry[labelField]) });
    });
  }
  return warnings.list();
}
