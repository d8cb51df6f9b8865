/** A source of numbers in [0, 1): the same seed always gives the same sequence. */
export type Rng = () => number;

/** Every dataset the mock generates starts from this seed (the date of the Aug 2020 meeting). */
export const DATASET_SEED = 20200826;

/** mulberry32: a tiny 32-bit generator, good enough for mock data and fully deterministic. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, so each unit gets its own stream whatever order units are generated in. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A generator for one purpose of one unit, e.g. rngFor('dossiers', '42'). */
export function rngFor(...parts: string[]): Rng {
  return mulberry32(hashString(parts.join('|')) ^ DATASET_SEED);
}

export function between(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

/** An integer in [min, max], both included. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}
