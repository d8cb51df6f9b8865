import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import latin700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2?url';
import vietnamese400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import vietnamese700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2?url';
import { EXPORT_FONT_FAMILY } from './svg-text';

/** @fontsource's own subsets (its 400.css / 700.css): Latin, and the Vietnamese letters. */
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

/** Two weights × two subsets, about 67 kB of woff2: what every export needs and no more. */
const FACES = [
  { url: latin400, weight: 400, range: LATIN },
  { url: vietnamese400, weight: 400, range: VIETNAMESE },
  { url: latin700, weight: 700, range: LATIN },
  { url: vietnamese700, weight: 700, range: VIETNAMESE },
] as const;

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(reader.result)
        : reject(new Error('font could not be read'));
    reader.onerror = () => reject(reader.error ?? new Error('font could not be read'));
    reader.readAsDataURL(blob);
  });
}

async function face(url: string, weight: number, range: string): Promise<string> {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`font HTTP ${response.status}`);
  const src = await dataUrl(new Blob([await response.arrayBuffer()], { type: 'font/woff2' }));
  return `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-style:normal;font-weight:${weight};unicode-range:${range};src:url(${src}) format('woff2')}`;
}

let cached: Promise<string> | null = null;

/**
 * @font-face rules for the SVG file, the fonts inlined as data: URLs (the page's own hashed
 * assets, fetched once: connect-src 'self'), so the file draws the same in any browser and the
 * PNG, drawn from the same SVG, matches it. Renderers without web fonts (librsvg, Inkscape) fall
 * back to the font stack named on the <svg>.
 */
export function embeddedFontCss(): Promise<string> {
  cached ??= Promise.all(FACES.map((f) => face(f.url, f.weight, f.range)))
    .then((rules) => rules.join('\n'))
    .catch((error: unknown) => {
      cached = null;
      throw error;
    });
  return cached;
}
