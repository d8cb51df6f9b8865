import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';

/** What is wrong with a command line, said before the usage so the user sees what to fix. */
export type UsageProblem =
  | { kind: 'unknownOption'; option: string }
  | { kind: 'missingValue'; option: string }
  | { kind: 'lang' | 'asOf' | 'timeout'; value: string }
  | { kind: 'noSource' }
  /** `given`: the positionals on the line. */
  | { kind: 'tooMany' | 'harvestArgs'; given: string[] }
  | { kind: 'feedOnly'; option: string };

export interface CommandLine {
  values: Partial<Record<string, string>>;
  positionals: string[];
  /** The first option that is unknown or has no value (the others are read all the same). */
  problem: UsageProblem | null;
}

/**
 * The options (each `--name <value>`) and positionals of a command line. Node's strict parsing
 * would throw an English sentence at the first bad option; this names it in the tool's words, in
 * the language of a --lang given anywhere on the line.
 */
export function readCommandLine(args: readonly string[], names: readonly string[]): CommandLine {
  const { tokens } = parseArgs({
    args: [...args],
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
  });
  const values: Partial<Record<string, string>> = {};
  const positionals: string[] = [];
  let problem: UsageProblem | null = null;
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!names.includes(token.name)) {
      problem ??= { kind: 'unknownOption', option: token.rawName };
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      // `--lang --unit 42`: the next option is not --lang's value.
      problem ??= { kind: 'missingValue', option: token.rawName };
    } else {
      values[token.name] = token.value;
    }
  }
  return { values, positionals, problem };
}

/** The largest delay a timer takes (2^31 − 1 ms); a longer one would fire at once. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** --timeout: a whole number of milliseconds from 1 to MAX_TIMEOUT_MS, or null. */
export function parseTimeout(value: string): number | null {
  const ms = Number(value);
  return /^\d+$/.test(value) && ms >= 1 && ms <= MAX_TIMEOUT_MS ? ms : null;
}

/** The problem in words, then the usage: both to stderr. */
export function usageLines(
  problem: UsageProblem,
  usage: string,
  options: readonly string[],
  t: TFunction,
): string[] {
  const text = t(`tools:usageError.${problem.kind}`, {
    ...problem,
    options: options.map((name) => `--${name}`).join(', '),
    given: 'given' in problem ? String(problem.given.length) : undefined,
    list: 'given' in problem ? problem.given.join(', ') : undefined,
  });
  return [t('tools:usageError.line', { problem: text }), usage];
}
