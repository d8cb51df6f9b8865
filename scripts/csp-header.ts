/**
 * Prints the Content-Security-Policy a deployment should send, with connect-src set to its feed
 * origins (SECURITY.md explains every directive):
 *
 *   npx tsx scripts/csp-header.ts https://feeds.example.gov.vn https://*.tinh.gov.vn
 *   npx tsx scripts/csp-header.ts --registry https://egov.example.gov.vn/kpi/registry.json \
 *       --page https://dashboard.example.gov.vn
 *
 * With --registry it reads the registry and lists the origins of every feed, national.json and
 * rankings.json it names (except the page's own origin). Add --nginx for nginx `add_header` lines.
 *
 * --embed prints the headers of the embed route (/embed/…, the only one other sites may frame):
 * its frame-ancestors are the origins after --ancestors (any site when none), and it has no
 * X-Frame-Options. Every other route gets the default headers (frame-ancestors 'none', DENY).
 */
import { pathToFileURL } from 'node:url';
import { feedOriginsOf, headersFor, parseOrigins } from './csp';

interface Args {
  origins: string[];
  registry: string | null;
  page: string | null;
  nginx: boolean;
  embed: boolean;
  ancestors: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    origins: [],
    registry: null,
    page: null,
    nginx: false,
    embed: false,
    ancestors: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--registry') args.registry = argv[++i] ?? null;
    else if (arg === '--page') args.page = argv[++i] ?? null;
    else if (arg === '--nginx') args.nginx = true;
    else if (arg === '--embed') args.embed = true;
    else if (arg === '--ancestors') args.ancestors.push(...parseOrigins(argv[++i]));
    else args.origins.push(...parseOrigins(arg));
  }
  return args;
}

export async function cspHeaderLines(argv: readonly string[]): Promise<string[]> {
  const args = parseArgs(argv);
  const origins = [...args.origins];
  if (args.registry) {
    const response = await fetch(args.registry);
    if (!response.ok) throw new Error(`registry: HTTP ${response.status}`);
    const registry: unknown = await response.json();
    const page = args.page ? new URL(args.page).origin : 'null';
    origins.push(...feedOriginsOf(registry, args.registry, page));
  }
  const headers = Object.entries(
    headersFor(
      args.embed ? '/embed/' : '/',
      [...new Set(origins)],
      args.ancestors.length > 0 ? args.ancestors : ['*'],
    ),
  );
  return args.nginx
    ? headers.map(([name, value]) => `add_header ${name} "${value}" always;`)
    : headers.map(([name, value]) => `${name}: ${value}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  cspHeaderLines(process.argv.slice(2)).then(
    (lines) => console.log(lines.join('\n')),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
