/**
 * Binning of values into the colour classes of a choropleth (the tile map). Values are compared
 * at the precision shown (tenths of a percent, as the engine gives them), so a tile shown as
 * "30,0 %" is always in the class whose legend says "≥ 30,0 %".
 */

/** One class: every value from `min` to `max` tenths, both inclusive; `max` null = no upper end. */
export interface ValueClass {
  index: number;
  min: number;
  max: number | null;
}

export type ClassScaleKind =
  /** Five equal steps from 0 to the target, then "at or above the target". */
  | 'target'
  /** Five equal whole-point steps over the values present (no target to anchor them). */
  | 'range'
  /** A 0/1 indicator: "no" and "yes". */
  | 'binary';

export interface ClassScale {
  kind: ClassScaleKind;
  classes: ValueClass[];
  /** The target in tenths when the scale is anchored to it. */
  targetTenths: number | null;
}

const TARGET_STEPS = 5;
const RANGE_CLASSES = 5;
/** Range steps are whole percentage points: 10 tenths. */
const POINT = 10;
const FULL = 1000;

function fromBreaks(breaks: readonly number[]): ValueClass[] {
  return breaks.map((min, index) => {
    const next = breaks[index + 1];
    return { index, min, max: next === undefined ? null : next - 1 };
  });
}

/**
 * The classes for a set of values (tenths of a percent; null = not reported, ignored).
 * - binary: [0, 0] "no" and [1000, 1000] "yes";
 * - with a target T: breaks at round(i·T/5) for i = 0…5, the last class open ("≥ T"), so the
 *   scale stays the same from month to month and its darkest class means "target reached";
 * - without: five classes of a whole number of points each, from the lowest value (rounded down
 *   to a whole point) so that the highest value falls in the last, open class.
 * The values may come as a function, called only for the last kind: reading 10,000 units' values
 * makes 10,000 records that a binary or target scale never needs.
 */
export function classScale(
  values: readonly (number | null)[] | (() => readonly (number | null)[]),
  options: { binary: boolean; targetTenths: number | null },
): ClassScale {
  if (options.binary) {
    return {
      kind: 'binary',
      classes: [
        { index: 0, min: 0, max: 0 },
        { index: 1, min: FULL, max: FULL },
      ],
      targetTenths: null,
    };
  }
  const target = options.targetTenths;
  if (target !== null && Math.round(target / TARGET_STEPS) >= 1) {
    const breaks: number[] = [];
    for (let i = 0; i <= TARGET_STEPS; i++) breaks.push(Math.round((i * target) / TARGET_STEPS));
    return { kind: 'target', classes: fromBreaks(breaks), targetTenths: target };
  }
  const present = (typeof values === 'function' ? values() : values).filter(
    (v): v is number => v !== null,
  );
  let lo = 0;
  let hi = FULL;
  if (present.length > 0) {
    lo = Math.floor(Math.min(...present) / POINT) * POINT;
    hi = Math.max(...present);
  }
  const step = Math.max(POINT, Math.ceil((hi - lo) / RANGE_CLASSES / POINT) * POINT);
  const breaks: number[] = [];
  for (let i = 0; i < RANGE_CLASSES; i++) breaks.push(lo + i * step);
  return { kind: 'range', classes: fromBreaks(breaks), targetTenths: null };
}

/**
 * The class a value falls in, or null when it is not reported. A value below the first class
 * (possible only on a target scale with a negative value, which rates never have) goes in the first.
 */
export function classOf(scale: ClassScale, tenths: number | null): number | null {
  if (tenths === null) return null;
  if (scale.kind === 'binary') return tenths >= FULL ? 1 : 0;
  let found = 0;
  for (const c of scale.classes) if (tenths >= c.min) found = c.index;
  return found;
}
