import * as z from 'zod/mini';
import {
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFindings } from '../../../scripts/check-secrets';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  feedOriginsOf,
  isCspOrigin,
  parseOrigins,
} from '../../../scripts/csp';
import { allowedHtml, allowedScriptUrl } from '../../../src/app/trusted-types';
import '../../../src/data/schemas/registry-schema';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  const csp = directives(contentSecurityPolicy(['https://feeds.example.gov.vn']));

  it('allows scripts only from the app itself: no inline, no eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const values of csp.values()) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain('*');
    }
  });

  it('limits connect-src to the app and the configured feed origins', () => {
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://feeds.example.gov.vn']);
  });

  it('forbids plugins, framing, <base> and form targets; requires Trusted Types', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
  });

  it('accepts only https origins (or http on localhost) for feeds', () => {
    expect(parseOrigins('https://a.gov.vn, https://*.tinh.gov.vn https://b.gov.vn:8443/')).toEqual([
      'https://a.gov.vn',
      'https://*.tinh.gov.vn',
      'https://b.gov.vn:8443',
    ]);
    expect(parseOrigins(undefined)).toEqual([]);
    for (const bad of [
      "'unsafe-inline'",
      '*',
      'http://a.gov.vn',
      'https://a.gov.vn/feeds',
      'data:',
    ]) {
      expect(isCspOrigin(bad)).toBe(false);
      expect(() => parseOrigins(bad)).toThrow(/Not an allowed feed origin/);
      expect(() => contentSecurityPolicy([bad])).toThrow();
    }
    expect(isCspOrigin('http://localhost:8080')).toBe(true);
  });

  it('lists the feed origins a registry makes the dashboard fetch, minus refused ones', () => {
    const registry = {
      units: [
        { feed: 'feeds/01.json' },
        { feed: 'https://so-tttt.hanoi.gov.vn/kpi/feed.json' },
        { feed: 'https://so-tttt.hanoi.gov.vn/kpi/other.json' },
        { feed: 'javascript:alert(1)' },
        { feed: 'http://example.com/feed.json' },
        { feed: 42 },
      ],
      national: 'https://data.mic.gov.vn/national.json',
      rankings: 'rankings.json',
    };
    expect(
      feedOriginsOf(registry, 'https://kpi.egov.gov.vn/registry.json', 'https://dash.gov.vn'),
    ).toEqual([
      'https://data.mic.gov.vn',
      'https://kpi.egov.gov.vn',
      'https://so-tttt.hanoi.gov.vn',
    ]);
    expect(
      feedOriginsOf(null, 'https://dash.gov.vn/data/registry.json', 'https://dash.gov.vn'),
    ).toEqual([]);
  });
});

describe('Trusted Types default policy', () => {
  const base = new URL('https://dash.gov.vn/app/');
  it('lets through only the app’s own worker scripts', () => {
    expect(allowedScriptUrl('/app/mockServiceWorker.js', base)).toBe(
      'https://dash.gov.vn/app/mockServiceWorker.js',
    );
    expect(allowedScriptUrl('sw.js', base)).toBe('https://dash.gov.vn/app/sw.js');
    for (const worker of ['pipeline.worker-Bx9_a-1.js', 'icu-warm-up.worker-C3d.js']) {
      expect(allowedScriptUrl(`/app/assets/${worker}`, base)).toBe(
        `https://dash.gov.vn/app/assets/${worker}`,
      );
    }
    for (const bad of [
      'https://evil.example/sw.js',
      '/app/other.js',
      '/app/assets/other.worker-Bx9.js',
      '/app/assets/pipeline.worker-Bx9.js/../evil.js',
      '/assets/pipeline.worker-Bx9.js',
      '/sw.js',
      'data:text/javascript,alert(1)',
      'javascript:alert(1)',
      '/app/sw.js?x=1',
    ]) {
      expect(allowedScriptUrl(bad, base)).toBeNull();
    }
  });

  it('lets through no HTML at all (the image export needs none since it writes SVG text)', () => {
    for (const bad of [
      '<img src=x onerror=alert(1)>',
      '<!DOCTYPE html><meta charset="UTF-8"><title></title><body>',
      '<!DOCTYPE html><body>',
      '',
    ]) {
      expect(allowedHtml(bad)).toBeNull();
    }
  });
});

describe('no eval, no HTML from data', () => {
  it('zod runs jitless once a schema module is loaded (no `new Function` under the CSP)', () => {
    expect(z.config().jitless).toBe(true);
  });

  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return /\.(ts|tsx)$/.test(name) ? [path] : [];
    });
  }

  it('src/ has no HTML or code sinks: feed text is always rendered as text', () => {
    const sinks =
      /dangerouslySetInnerHTML|\.innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(|setAttribute\(\s*['"]on/;
    const offenders = sources('src').filter((file) => sinks.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the data source is never read from the page URL', () => {
    const start =
      readFileSync('src/main.tsx', 'utf8') + readFileSync('src/data/load-config.ts', 'utf8');
    expect(start).not.toMatch(/location\.(search|hash|href)|URLSearchParams/);
  });
});

describe('the bundle check', () => {
  it('finds secrets, internal addresses and source maps, and nothing in a clean build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'clean.js'), 'fetch(new URL("data/registry.json", base))');
    writeFileSync(join(dir, 'config.json'), '{"registry":"http://localhost:8080/registry.json"}');
    expect(bundleFindings(dir)).toEqual([]);
    writeFileSync(
      join(dir, 'assets', 'a.js'),
      'const api="http://10.0.3.7/kpi";//# sourceMappingURL=a.js.map',
    );
    writeFileSync(join(dir, 'assets', 'a.js.map'), '{}');
    writeFileSync(join(dir, 'assets', 'b.js'), 'const k="AKIAABCDEFGHIJKLMNOP";');
    const found = bundleFindings(dir).join('\n');
    expect(found).toContain('a.js: private network address');
    expect(found).toContain('a.js: source map reference');
    expect(found).toContain('a.js.map: source map shipped');
    expect(found).toContain('b.js: AWS access key');
  });
});
