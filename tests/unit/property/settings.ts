import fc from 'fast-check';

/**
 * Property tests run with a fixed seed (the date of the committee's meeting), so a failure is
 * reproducible and `npm test` never depends on chance; each property tries a few hundred cases.
 */
export const SEED = 20200826;
export const RUNS = 300;

export function configureProperties(): void {
  fc.configureGlobal({ seed: SEED, numRuns: RUNS });
}
