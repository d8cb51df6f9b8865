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

export type Measure = (text: string, style: TextStyle) => number;

/**
 * The words of a text, split at ordinary spaces and line breaks only: a no-break space holds a
 * number to its unit ("+0,8 điểm %/tháng"), and `\s` would split there too.
 */
export function wordsOf(text: string): string[] {
  return text.split(/[ \t\r\n]+/).filter((w) => w !== '');
}

/**
 * Lines of at most `maxWidth`, made of whole pieces joined by `joint`, each line but the last
 * ending with `end`; a piece longer than the line stays whole on its own line.
 */
function pack(
  pieces: readonly string[],
  joint: string,
  end: string,
  style: TextStyle,
  maxWidth: number,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line === '' ? piece : `${line}${joint}${piece}`;
    // A hair's tolerance: a width computed back from a measured one (x + pad − pad) may come
    // out a rounding error short of it.
    if (line !== '' && measure(`${candidate}${end}`, style) > maxWidth + 1e-6) {
      lines.push(`${line}${end}`);
      line = piece;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Lines of at most `maxWidth`, broken between words only (never inside a syllable, nor between
 * a number and its unit); a single word longer than the line stays whole on its own line.
 */
export function wrapText(
  text: string,
  style: TextStyle,
  maxWidth: number,
  measure: Measure = measureText,
): string[] {
  return pack(wordsOf(text), ' ', '', style, maxWidth, measure);
}

/**
 * Items (a unit's flags) as lines of at most `maxWidth`, broken between items only: "Chậm tiến
 * độ, Chưa có SOC," then "Nhóm 10% thấp nhất".
 */
export function wrapItems(
  items: readonly string[],
  style: TextStyle,
  maxWidth: number,
  measure: Measure = measureText,
): string[] {
  return pack(items, ', ', ',', style, maxWidth, measure);
}

/**
 * The narrowest width at which a text takes at most `lines` lines, broken between words: the
 * width of some run of its words, the smallest with which `wrapText` needs no more lines.
 */
export function narrowestWidth(
  text: string,
  style: TextStyle,
  lines: number,
  measure: Measure = measureText,
): number {
  const words = wordsOf(text);
  const runs = words.flatMap((_, i) =>
    words.slice(i).map((__, j) => measure(words.slice(i, i + j + 1).join(' '), style)),
  );
  const widths = [...new Set(runs)].sort((a, b) => a - b);
  let low = 0;
  let high = widths.length - 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (wrapText(text, style, widths[mid]!, measure).length <= lines) high = mid;
    else low = mid + 1;
  }
  return widths[low] ?? 0;
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
