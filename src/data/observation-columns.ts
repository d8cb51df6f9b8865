import { LGSP_STAGES, type LgspStage, type Observation } from '../domain/types';

/**
 * Lists of observations as columns of typed arrays, the form in which they cross from the data
 * worker to the page. Structured clone reads objects back field by field on arrival: the 200,000
 * observations of a 10,000-unit snapshot cost the page about half a second that way, and a
 * quarter of that built from columns, whose buffers move rather than being copied.
 */
export interface ObservationColumns {
  /** How many observations each list has, in order. */
  counts: Uint32Array;
  /** Six per observation: the period, then the five counts (0 where not reported). */
  numbers: Float64Array;
  /**
   * Five per observation: which counts are not reported (a bit each, in `numbers`' order), then
   * lgsp (its index in LGSP_STAGES), soc, vdxp and portalConnected (0 false, 1 true).
   * NOT_REPORTED stands for null in the last four.
   */
  codes: Uint8Array;
}

const NUMBERS = 6;
const CODES = 5;
const NOT_REPORTED = 255;

type Count =
  'servicesTotal' | 'servicesLevel3' | 'servicesLevel4' | 'dossiersTotal' | 'dossiersOnline';
const COUNTS: readonly Count[] = [
  'servicesTotal',
  'servicesLevel3',
  'servicesLevel4',
  'dossiersTotal',
  'dossiersOnline',
];

function lgspCode(stage: LgspStage | null): number {
  if (stage === null) return NOT_REPORTED;
  const code = LGSP_STAGES.indexOf(stage);
  if (code < 0) throw new Error(`not an LGSP stage: ${String(stage)}`);
  return code;
}

const flagCode = (flag: boolean | null) => (flag === null ? NOT_REPORTED : flag ? 1 : 0);
const flagOf = (code: number) => (code === NOT_REPORTED ? null : code === 1);

/** Count `k` of the observation whose numbers start at `n`. */
const countAt = (numbers: Float64Array, n: number, unreported: number, k: number) =>
  (unreported >> k) & 1 ? null : numbers[n + 1 + k]!;

export function toColumns(lists: readonly (readonly Observation[])[]): ObservationColumns {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const counts = new Uint32Array(lists.length);
  const numbers = new Float64Array(total * NUMBERS);
  const codes = new Uint8Array(total * CODES);
  let at = 0;
  lists.forEach((list, i) => {
    counts[i] = list.length;
    for (const o of list) {
      const n = at * NUMBERS;
      const c = at * CODES;
      numbers[n] = o.period;
      let unreported = 0;
      // A loop, not COUNTS.forEach: a closure per observation was a tenth of a snapshot's reading.
      for (let k = 0; k < COUNTS.length; k++) {
        const value = o[COUNTS[k]!];
        if (value === null) unreported |= 1 << k;
        else numbers[n + 1 + k] = value;
      }
      codes[c] = unreported;
      codes[c + 1] = lgspCode(o.lgsp);
      codes[c + 2] = flagCode(o.soc);
      codes[c + 3] = flagCode(o.vdxp);
      codes[c + 4] = flagCode(o.portalConnected);
      at++;
    }
  });
  return { counts, numbers, codes };
}

/** The lists toColumns was given, as new objects with the same fields in the same order. */
export function fromColumns({ counts, numbers, codes }: ObservationColumns): Observation[][] {
  const lists: Observation[][] = [];
  let at = 0;
  for (const length of counts) {
    const list = new Array<Observation>(length);
    for (let j = 0; j < length; j++, at++) {
      const n = at * NUMBERS;
      const c = at * CODES;
      const unreported = codes[c]!;
      const lgsp = codes[c + 1]!;
      list[j] = {
        period: numbers[n]!,
        servicesTotal: countAt(numbers, n, unreported, 0),
        servicesLevel3: countAt(numbers, n, unreported, 1),
        servicesLevel4: countAt(numbers, n, unreported, 2),
        dossiersTotal: countAt(numbers, n, unreported, 3),
        dossiersOnline: countAt(numbers, n, unreported, 4),
        lgsp: lgsp === NOT_REPORTED ? null : LGSP_STAGES[lgsp]!,
        soc: flagOf(codes[c + 2]!),
        vdxp: flagOf(codes[c + 3]!),
        portalConnected: flagOf(codes[c + 4]!),
      };
    }
    lists.push(list);
  }
  return lists;
}

export const columnBuffers = (columns: ObservationColumns): ArrayBuffer[] => [
  columns.counts.buffer as ArrayBuffer,
  columns.numbers.buffer as ArrayBuffer,
  columns.codes.buffer as ArrayBuffer,
];
