import { cachedBy } from '../lib/cached-by';
import { UNIT_KINDS, type LocalizedText, type Unit, type UnitKind } from './types';

type Language = keyof LocalizedText;
export type UnitNames = ReadonlyMap<string, string>;
export type UnitChoice = { id: string; name: string };

type Units = readonly Unit[] | readonly { unit: Unit }[];

const unitOf = (u: Unit | { unit: Unit }): Unit => ('unit' in u ? u.unit : u);

/** Per list of units (a registry's, or a model's): what was made of it, per language. */
const namesMade = cachedBy((_units: Units) => new Map<Language, UnitNames>());
const choicesMade = cachedBy(
  (_units: Units) => new Map<Language, Readonly<Record<UnitKind, readonly UnitChoice[]>>>(),
);

/**
 * Each unit's name by id in one language, made once per list of units and language: a screen
 * given the registry's units (the same list while the registry is) does not build it again for
 * each new picture of the figures, 10,000 names for a commune registry.
 */
export function unitNames(units: Units, language: Language): UnitNames {
  const made = namesMade(units);
  let names = made.get(language);
  if (names === undefined) {
    names = new Map(
      units.map((u) => {
        const unit = unitOf(u);
        return [unit.id, unit.name[language]];
      }),
    );
    made.set(language, names);
  }
  return names;
}

/** The units of each kind, in the list's order, with their names: what a unit picker offers. */
export function unitChoicesByKind(
  units: Units,
  language: Language,
): Readonly<Record<UnitKind, readonly UnitChoice[]>> {
  const made = choicesMade(units);
  let choices = made.get(language);
  if (choices === undefined) {
    const byKind = Object.fromEntries(UNIT_KINDS.map((k) => [k, [] as UnitChoice[]])) as Record<
      UnitKind,
      UnitChoice[]
    >;
    for (const u of units) {
      const unit = unitOf(u);
      byKind[unit.kind].push({ id: unit.id, name: unit.name[language] });
    }
    choices = byKind;
    made.set(language, choices);
  }
  return choices;
}
