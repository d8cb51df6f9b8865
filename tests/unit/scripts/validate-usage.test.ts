import { describe, expect, it } from 'vitest';
import { runHarvestCli } from '../../../scripts/harvest';
import { runValidateCli } from '../../../scripts/validate';
import enTools from '../../../src/i18n/locales/en/tools.json';
import viTools from '../../../src/i18n/locales/vi/tools.json';

async function run(cli: typeof runValidateCli, args: string[]) {
  const err: string[] = [];
  const code = await cli(args, { log: () => undefined, error: (m) => err.push(m) });
  return { code, err: err.join('\n') };
}

describe('a wrong command line is named before the usage', () => {
  it.each([
    [['feed.json', '--lang', 'fr'], 'Lỗi: --lang fr: ngôn ngữ phải là vi hoặc en.'],
    [
      ['feed.json', '--lang', 'en', '--format', 'x'],
      'Error: there is no option --format; the options are --registry, --unit, --as-of, --timeout, --lang.',
    ],
    [['feed.json', '--lang', 'en', '--unit'], 'Error: option --unit needs a value.'],
    [
      ['feed.json', '--lang', 'en', '--as-of', '2020-13'],
      'Error: --as-of 2020-13: the period under review must be a month, YYYY-MM (for example 2020-07).',
    ],
    [
      ['feed.json', '--lang', 'en', '--timeout', '10s'],
      'Error: --timeout 10s: the time limit must be a whole number of milliseconds from 1 to 2147483647 (for example 10000 for 10 seconds).',
    ],
    [
      ['a.json', 'b.json', '--lang', 'en'],
      'Error: one feed at a time: 2 were given (a.json, b.json).',
    ],
    [['--lang', 'en'], 'Error: name the feed to check, or a registry with --registry.'],
    [
      ['--registry', 'r.json', '--unit', '42', '--lang', 'en'],
      "Error: --unit applies only when checking one feed; a registry check takes each feed's unit and period from the registry.",
    ],
  ])('validate %j', async (args, message) => {
    const { code, err } = await run(runValidateCli, args);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(message);
    expect(err).toContain('npm run validate --');
  });

  it.each([
    [['r.json', 's.json', '--lang', 'fr'], 'Lỗi: --lang fr: ngôn ngữ phải là vi hoặc en.'],
    [
      ['r.json', '--lang', 'en'],
      'Error: give the registry, then the snapshot file to write (1 of 2 given).',
    ],
    [
      ['r.json', 's.json', '--lang', 'en', '--unit', '42'],
      'Error: there is no option --unit; the options are --timeout, --lang.',
    ],
  ])('harvest %j', async (args, message) => {
    const { code, err } = await run(runHarvestCli, args);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(message);
    expect(err).toContain('npm run harvest --');
  });
});

describe('the usage documents every option each tool accepts, and its exit codes', () => {
  it.each([
    ['validate', ['--registry', '--unit', '--as-of', '--timeout', '--lang'], enTools, viTools],
    ['harvest', ['--timeout', '--lang'], enTools, viTools],
  ] as const)('%s', (tool, options, en, vi) => {
    for (const usage of [en.usage[tool], vi.usage[tool]]) {
      for (const option of options) {
        expect(usage, option).toMatch(new RegExp(`\\[${option} [^\\]]+\\]`));
        expect(usage, option).toMatch(new RegExp(`\\n  ${option} `));
      }
      for (const code of ['0', '1', '2']) expect(usage).toMatch(new RegExp(`[:;] ${code} `));
    }
  });
});
