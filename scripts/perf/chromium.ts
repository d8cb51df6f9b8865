/** Debian's Chromium, as the end-to-end suite drives it (README; CHROMIUM_PATH overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * tsx compiles these scripts with esbuild's keepNames, which wraps named functions in a
 * `__name(...)` helper; functions handed to page.evaluate then need it in the page too.
 */
export const NAME_HELPER = 'globalThis.__name = globalThis.__name || ((f) => f);';
