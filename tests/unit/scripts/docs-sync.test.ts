import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_RULES } from '../../../src/data/entry-reasons';
import { OBSERVATION_RULES } from '../../../src/data/schemas/observation-schema';
import enData from '../../../src/i18n/locales/en/data.json';

const root = join(__dirname, '../../..');
const DOCS = ['docs/feed-contract.vi.md', 'docs/feed-contract.md'];
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Whole-feed rejections and client refusals (fetch-failure.ts), by their codes. */
const WHOLE_FEED = [
  'wrong-format',
  'wrong-unit',
  'not-json',
  'too-many-invalid',
  'too-large',
  'refused',
];

describe.each(DOCS)('%s', (doc) => {
  const text = read(doc);

  it('documents every rule code the dashboard words', () => {
    const codes = [
      ...OBSERVATION_RULES,
      ...Object.keys(enData.problems.kinds),
      ...WHOLE_FEED,
      ...ENTRY_RULES,
    ];
    for (const code of codes) expect(text, code).toContain(`\`${code}\``);
  });

  it('links every bad example, and only to files inside the repository', () => {
    for (const file of readdirSync(join(root, 'docs/examples/bad'))) {
      expect(text, file).toContain(`(examples/bad/${file})`);
    }
    const links = [...text.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link, link).not.toMatch(/^[a-z]+:/i);
      expect(existsSync(join(root, dirname(doc), link)), link).toBe(true);
    }
  });
});

it('README links to the docs, never outside the repository', () => {
  const readme = read('README.md');
  expect(readme).toContain('(docs/feed-contract.vi.md)');
  expect(readme).not.toContain('../shared');
});
