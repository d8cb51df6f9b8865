import { escapeXml, round, SVG_FONT_STACK } from './svg-text';

/**
 * Presentation properties copied from the browser's computed style into attributes, so a chart
 * styled by CSS classes (or Recharts' defaults) draws the same in a file without the page's CSS.
 */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
] as const;
const TEXT = ['font-size', 'font-weight', 'text-anchor', 'font-style'] as const;
const DROPPED = /^(class|style|role|tabindex|focusable|aria-.*|data-.*|on.*)$/i;

/**
 * A vertical shift instead of `dominant-baseline`, which renderers read differently (librsvg and
 * Illustrator ignore some values): the text is placed the same everywhere.
 */
const BASELINE_SHIFT: Record<string, string> = {
  middle: '0.35em',
  central: '0.35em',
  hanging: '0.8em',
  'text-before-edge': '0.8em',
  'text-top': '0.8em',
};

function copyStyle(source: Element, target: Element) {
  const style = getComputedStyle(source);
  if (style.display === 'none' || style.visibility === 'hidden') {
    target.setAttribute('display', 'none');
    return;
  }
  for (const name of PAINT) {
    const value = style.getPropertyValue(name);
    if (value && value !== 'normal') target.setAttribute(name, value);
  }
  if (source.tagName.toLowerCase() === 'text' || source.tagName.toLowerCase() === 'tspan') {
    for (const name of TEXT) {
      const value = style.getPropertyValue(name);
      if (value) target.setAttribute(name, value);
    }
    target.setAttribute('font-family', SVG_FONT_STACK);
    const shift = BASELINE_SHIFT[style.getPropertyValue('dominant-baseline')];
    if (shift && !target.hasAttribute('dy')) target.setAttribute('dy', shift);
    target.removeAttribute('dominant-baseline');
  }
}

function cleanAttributes(element: Element) {
  for (const attr of Array.from(element.attributes)) {
    if (DROPPED.test(attr.name)) element.removeAttribute(attr.name);
  }
}

/** An SVG drawn in the page, as a self-contained <svg> placed at (x, y) of the export. */
function svgElement(svg: SVGSVGElement, x: number, y: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll('*'))];
  from.forEach((element, i) => {
    const target = to[i]!;
    copyStyle(element, target);
    cleanAttributes(target);
  });
  // Links (a tile map's tiles) mean nothing in a file: keep what they draw.
  for (const link of Array.from(clone.querySelectorAll('a'))) {
    const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    group.append(...Array.from(link.childNodes));
    link.replaceWith(group);
  }
  const box = svg.getBoundingClientRect();
  clone.setAttribute('x', String(round(x)));
  clone.setAttribute('y', String(round(y)));
  clone.setAttribute('width', String(round(box.width)));
  clone.setAttribute('height', String(round(box.height)));
  if (getComputedStyle(svg).overflow === 'visible') clone.setAttribute('overflow', 'visible');
  return new XMLSerializer().serializeToString(clone);
}

let metrics: CanvasRenderingContext2D | null = null;

/** Where the baseline of a line of text sits below the top of its box. */
function ascent(style: CSSStyleDeclaration): number {
  metrics ??= document.createElement('canvas').getContext('2d');
  const size = parseFloat(style.fontSize) || 14;
  if (!metrics) return size * 0.8;
  metrics.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const m = metrics.measureText('Hg');
  return m.fontBoundingBoxAscent || size * 0.8;
}

/** HTML text (a legend's labels, an axis title) as <text> at the place it is drawn. */
function textElement(node: Text, originX: number, originY: number): string | null {
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  const parent = node.parentElement;
  if (text === '' || !parent) return null;
  const range = document.createRange();
  range.selectNodeContents(node);
  const box = range.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const style = getComputedStyle(parent);
  if (style.visibility === 'hidden') return null;
  const attrs = [
    `x="${round(box.left - originX)}"`,
    `y="${round(box.top - originY + ascent(style))}"`,
    `font-size="${parseFloat(style.fontSize)}"`,
    style.fontWeight !== '400' ? `font-weight="${style.fontWeight}"` : '',
    `fill="${style.color}"`,
  ].filter((a) => a !== '');
  return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

/** A coloured HTML box (a legend's swatch) as a <rect>. */
function boxElement(element: HTMLElement, originX: number, originY: number): string | null {
  const style = getComputedStyle(element);
  const fill = style.backgroundColor;
  if (!fill || fill === 'transparent' || /rgba\(.*,\s*0\)$/.test(fill)) return null;
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const radius = parseFloat(style.borderTopLeftRadius) || 0;
  return `<rect x="${round(box.left - originX)}" y="${round(box.top - originY)}" width="${round(box.width)}" height="${round(box.height)}"${radius ? ` rx="${round(radius)}"` : ''} fill="${fill}"/>`;
}

/**
 * What a staged chart shows, as SVG markup relative to the top-left corner of `root`: every
 * <svg> it draws (Recharts, the hand-written charts, the tile map) with its computed styles
 * inlined, and its HTML texts and swatches (legends) as <text> and <rect>. No <foreignObject>.
 */
export function domToSvg(root: HTMLElement): string {
  const origin = root.getBoundingClientRect();
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof SVGSVGElement) {
      const box = node.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) {
        parts.push(svgElement(node, box.left - origin.left, box.top - origin.top));
      }
      return;
    }
    if (node instanceof Text) {
      const text = textElement(node, origin.left, origin.top);
      if (text) parts.push(text);
      return;
    }
    if (node instanceof HTMLElement) {
      if (getComputedStyle(node).display === 'none') return;
      if (node !== root) {
        const box = boxElement(node, origin.left, origin.top);
        if (box) parts.push(box);
      }
      node.childNodes.forEach(visit);
    }
  };
  visit(root);
  return parts.join('\n');
}
