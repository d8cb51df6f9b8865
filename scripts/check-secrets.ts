/**
 * Checks a production build for what must never ship: secrets, internal addresses, source maps.
 *   npx tsx scripts/check-secrets.ts [dist]
 * Exits 1 and lists each finding. The end-to-end suite runs it on dist/ (tests/e2e/csp.spec.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHECKS: { what: string; pattern: RegExp }[] = [
  { what: 'private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { what: 'AWS access key', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { what: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { what: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { what: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { what: 'Stripe live key', pattern: /\b[sr]k_live_[0-9a-zA-Z]{20,}/ },
  { what: 'bearer token', pattern: /Bearer\s+[A-Za-z0-9._~+/-]{20,}/ },
  { what: 'credentials in a URL', pattern: /\bhttps?:\/\/[^\s/"'`:@]+:[^\s/"'`@]+@/ },
  { what: 'loopback URL', pattern: /\bhttps?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])[:/]/ },
  {
    what: 'private network address',
    pattern: /\bhttps?:\/\/(10\.\d{1,3}|192\.168|172\.(1[6-9]|2\d|3[01]))\.\d{1,3}\.\d{1,3}/,
  },
  {
    what: 'internal host name',
    pattern: /\bhttps?:\/\/[a-z0-9.-]+\.(local|internal|intranet|corp|lan|localdomain)\b/i,
  },
  {
    what: 'local file path',
    pattern: /(\/home\/|\/Users\/|\/root\/|\/work\/|[A-Z]:\\\\Users\\\\)/,
  },
  { what: 'source map reference', pattern: /sourceMappingURL=/ },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every finding in the build directory, as "file: what (excerpt)". */
export function bundleFindings(dir: string): string[] {
  const findings: string[] = [];
  for (const file of files(dir)) {
    const name = relative(dir, file);
    if (name.endsWith('.map')) {
      findings.push(`${name}: source map shipped`);
      continue;
    }
    if (!/\.(js|mjs|css|html|json|webmanifest|svg|txt)$/.test(name)) continue;
    // config.json is the deployer's, and must name the registry.
    if (name === 'config.json') continue;
    const text = readFileSync(file, 'utf8');
    for (const { what, pattern } of CHECKS) {
      const match = pattern.exec(text);
      if (match) {
        const at = Math.max(0, match.index - 20);
        findings.push(`${name}: ${what} (…${text.slice(at, match.index + match[0].length + 20)}…)`);
      }
    }
  }
  return findings;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const findings = bundleFindings(dir);
  if (findings.length > 0) {
    console.error(findings.join('\n'));
    process.exit(1);
  }
  console.log(`${dir}: no secret, internal address or source map found`);
}
