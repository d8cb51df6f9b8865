import type { Plugin } from 'vite';

/**
 * Asks for the web-font files the first frame draws with the page itself, not when the first
 * render lays text out. Without it the font arrived after that render on a first visit and its
 * narrower letters rewrapped the masthead's tools at phone widths, moving everything below by
 * ~40 px (layout shift 0.19–0.24). The files are matched in the bundle, so their hashed names
 * need no upkeep; a build that matches none fails rather than silently losing the preload.
 */
export function preloadFonts(files: RegExp): Plugin {
  let base = '/';
  return {
    name: 'preload-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {})
          .filter((name) => files.test(name))
          .sort();
        if (fonts.length === 0)
          throw new Error(`preload-fonts: no file in the build matches ${files}`);
        return fonts.map((name) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `${base}${name}`,
            as: 'font',
            type: 'font/woff2',
            crossorigin: '',
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
