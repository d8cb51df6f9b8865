import * as z from 'zod/mini';

/**
 * The Content-Security-Policy forbids `eval`. Zod compiles fast object parsers with `new Function`
 * (and probes for it, which a strict CSP reports as a violation even though zod catches it).
 * Jitless mode does neither. Every schema module imports this file before it builds a schema,
 * because zod reads the setting when a schema is created, not when it parses.
 */
z.config({ jitless: true });
