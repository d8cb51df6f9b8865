/**
 * The contract's field names an unknown field name was probably meant to be: the same name but
 * for case, `_` and `-` (`services_total`, `ServicesTotal`), or a small slip of the keyboard
 * (`servicesTotl`, `obsevations`). The contract ignores unknown fields; the tools only warn.
 */

const normal = (name: string) => name.toLowerCase().replace(/[_-]/g, '');

/** Edits allowed for a name of this length: none for `soc`, one up to 7 letters, then two. */
function slips(length: number): number {
  if (length <= 3) return 0;
  return length <= 7 ? 1 : 2;
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b, or more than `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** The known names closest to `name` (several when equally close), or none when none is close. */
export function closeFieldNames(name: string, known: readonly string[]): string[] {
  const wrote = normal(name);
  const same = known.filter((k) => normal(k) === wrote);
  if (same.length > 0) return same;
  let best = Infinity;
  let closest: string[] = [];
  for (const k of known) {
    const max = slips(k.length);
    if (max === 0) continue;
    const distance = editDistance(wrote, normal(k), max);
    if (distance > max || distance > best) continue;
    if (distance < best) closest = [];
    best = distance;
    closest.push(k);
  }
  return closest;
}

/**
 * closeFieldNames for the names of many entries (a feed's observations): each distinct name is
 * looked up once, so a feed of 100,000 observations costs no more than one.
 */
export function closeFieldNamesOf(known: readonly string[]): (name: string) => string[] {
  const seen = new Map<string, string[]>();
  const knownSet = new Set(known);
  return (name) => {
    if (knownSet.has(name)) return [];
    let close = seen.get(name);
    if (close === undefined) {
      close = closeFieldNames(name, known);
      seen.set(name, close);
    }
    return close;
  };
}
