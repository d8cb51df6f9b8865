/** The typeface of the dashboard (src/styles/global.css --font), shipped by @fontsource. */
export const EXPORT_FONT_FAMILY = 'Be Vietnam Pro';
/** What an SVG names: the embedded face first, then faces a designer's machine is likely to have. */
export const SVG_FONT_STACK = `'${EXPORT_FONT_FAMILY}', 'Segoe UI', Arial, 'DejaVu Sans', sans-serif`;

/** Text as XML character data or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface TextStyle {
  size: number;
  weight?: 400 | 700;
}

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

/**
 * The width of a line of text in the export's typeface, measured by the browser's canvas (the
 * page has the font loaded); without a canvas (jsdom) a generous estimate.
 */
export function measureText(text: string, style: TextStyle): number {
  const ctx = canvasContext();
  if (!ctx) return text.length * style.size * 0.6;
  ctx.font = `${style.weight ?? 400} ${style.size}px '${EXPORT_FONT_FAMILY}', sans-serif`;
  return ctx.measureText(text).width;
}

/**
 * Lines of at most `maxWidth`, broken between words only (never inside a syllable); a single word
 * longer than the line stays whole on its own line.
 */
export function wrapText(
  text: string,
  style: TextStyle,
  maxWidth: number,
  measure: (text: string, style: TextStyle) => number = measureText,
): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A <text> element; `anchor` 'end' aligns right at x. */
export function svgText(
  x: number,
  y: number,
  text: string,
  style: TextStyle & { fill?: string; anchor?: 'start' | 'middle' | 'end' },
): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${style.size}"`,
    style.weight && style.weight !== 400 ? `font-weight="${style.weight}"` : '',
    style.fill ? `fill="${style.fill}"` : '',
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
  ].filter((a) => a !== '');
  return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
