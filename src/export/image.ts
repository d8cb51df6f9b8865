import { domToBlob, domToForeignObjectSvg, type Options } from 'modern-screenshot';
import { embeddedFontCss } from './font-css';

/** Exported images are drawn at twice their CSS size (2400×1350 for 1200×675). */
export const PIXEL_RATIO = 2;

export interface ImageSize {
  width: number;
  height: number;
}

async function options(size: ImageSize, scale: number): Promise<Options> {
  const fontCss = await embeddedFontCss();
  return {
    width: size.width,
    height: size.height,
    scale,
    backgroundColor: '#ffffff',
    // Be Vietnam Pro, every weight and subset, embedded as data: URLs (see font-css.ts), so
    // diacritics render the same on any machine.
    font: fontCss === '' ? false : { cssText: fontCss },
    // No cache-busting query strings: the font files are immutable hashed assets.
    fetch: { bypassingCache: false },
    timeout: 15_000,
  };
}

/**
 * Runs a render and fails it if the page's Content-Security-Policy refused anything meanwhile:
 * the library would otherwise hand back a blank image (e.g. without `img-src data:`).
 */
async function underPolicy<T>(render: () => Promise<T>): Promise<T> {
  const refused: string[] = [];
  const listener = (event: SecurityPolicyViolationEvent) => {
    refused.push(event.effectiveDirective || event.violatedDirective);
  };
  document.addEventListener('securitypolicyviolation', listener);
  try {
    const result = await render();
    // Violation events are queued as tasks: let them arrive before deciding.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (refused.length > 0) {
      throw new Error(`Content-Security-Policy refused ${[...new Set(refused)].join(', ')}`);
    }
    return result;
  } finally {
    document.removeEventListener('securitypolicyviolation', listener);
  }
}

/** The export layout as a PNG at twice its CSS size. */
export async function renderPng(element: HTMLElement, size: ImageSize): Promise<Blob> {
  const opts = await options(size, PIXEL_RATIO);
  return underPolicy(() => domToBlob(element, { ...opts, type: 'image/png' }));
}

/**
 * The export layout as a standalone SVG file: the layout inside a foreignObject, with its styles
 * and fonts embedded, so its texts stay text (searchable, selectable) and render the same
 * anywhere a browser engine draws SVG.
 */
export async function renderSvg(element: HTMLElement, size: ImageSize): Promise<Blob> {
  const opts = await options(size, 1);
  const svg = await underPolicy(() => domToForeignObjectSvg(element, opts));
  const xml = new XMLSerializer().serializeToString(svg);
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`], {
    type: 'image/svg+xml;charset=utf-8',
  });
}
