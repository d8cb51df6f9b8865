import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEED_FILTERS } from '../../../src/data/feed-filters';
import enCommon from '../../../src/i18n/locales/en/common.json';
import viCommon from '../../../src/i18n/locales/vi/common.json';

const root = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The publishers' section (10) of a doc: from its heading to the end, or nothing. */
function publishing(doc: string): string {
  const text = read(doc);
  const start = text.indexOf('\n## 10. ');
  return start < 0 ? '' : text.slice(start);
}

/** The inline code of a text, its placeholders (`<id>`, `<mã>`: translated) all made `<>`. */
const inlineCode = (text: string) =>
  new Set(
    [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, '<>'),
    ),
  );

const DOCS = [
  ['docs/feed-contract.md', enCommon],
  ['docs/feed-contract.vi.md', viCommon],
] as const;

describe.each(DOCS)('%s, for publishers', (doc, common) => {
  const section = publishing(doc);

  it('shows the cross-origin header a browser needs, with an example', () => {
    expect(section).toMatch(/add_header Access-Control-Allow-Origin "[^"]+" always;/);
    expect(section).toContain('-H "Origin: ');
  });

  it('names the operator’s connect-src and how they set it, as the code does', () => {
    expect(section).toContain('`connect-src`');
    expect(section).toContain('npx tsx scripts/csp-header.ts --registry');
    expect(existsSync(join(root, 'scripts/csp-header.ts'))).toBe(true);
    expect(section).toContain('`CSP_CONNECT_SRC`');
    expect(read('vite.config.ts')).toContain('process.env.CSP_CONNECT_SRC');
  });

  it('finds a unit on Data health: its route, every filter and the statuses in the app’s words', () => {
    expect(section).toContain('`/data`');
    expect(section).toContain(`\`/data?feed=${FEED_FILTERS[0]}\``);
    for (const filter of FEED_FILTERS) expect(section, filter).toContain(filter);
    expect(section).toContain('`/units/<');
    const statuses = [
      'ok',
      'stale',
      'network-error',
      'timeout',
      'not-json',
      'too-large',
      'loading',
    ];
    for (const kind of statuses) {
      const words = common.feedStatus[kind as keyof typeof common.feedStatus];
      expect(section, kind).toContain(words);
    }
    expect(section).toContain(common.nav.data);
    expect(section).toContain(common.reason['stale-feed-empty']);
    expect(section).toContain(common.flag['stale-feed']);
    expect(section).toContain(common.state.notReported);
  });

  it('previews a draft: validate with --registry, then a local copy of the dashboard', () => {
    expect(section).toContain('npm run validate -- draft/42.json --registry ');
    expect(section).toContain('npx vite preview --outDir ');
    expect(section).toContain(`"registry": "registry.json"`);
  });
});

it('says the same in both languages: the same code, options and names', () => {
  const [en, vi] = DOCS.map(([doc]) => inlineCode(publishing(doc)));
  expect([...vi!].sort()).toEqual([...en!].sort());
});
