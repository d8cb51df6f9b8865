import { STAR_PATH } from '../lib/star-path';
import type { ExportText } from './export-source';
import {
  escapeXml,
  measureText,
  round,
  svgText,
  SVG_FONT_STACK,
  wrapText,
  type TextStyle,
} from './svg-text';

/** The dashboard's colours (src/styles/global.css), written into the file. */
export const INK = {
  ink: '#1b1f24',
  muted: '#4a5360',
  line: '#d4dae1',
  canvas: '#f4f6f8',
  brand: '#0b3d6b',
  accent: '#c8102e',
  warn: '#9a3a00',
};

const PAD_X = 44;
const PAD_TOP = 36;
const PAD_BOTTOM = 28;
const BAR = 8;
const GAP = 16;

const TITLE: TextStyle = { size: 30, weight: 700 };
const SUBTITLE: TextStyle = { size: 19 };
const META: TextStyle = { size: 17 };
const META_BOLD: TextStyle = { size: 17, weight: 700 };
const FOOT: TextStyle = { size: 14 };
const LINK: TextStyle = { size: 12 };
const MARK: TextStyle = { size: 13, weight: 700 };

const lineHeight = (style: TextStyle) => Math.round(style.size * 1.3);

/** Where everything but the figure goes, measured: head above the figure, foot below it. */
export interface FramePlan {
  width: number;
  /** The figure's box: left edge and width (the head's height is its top). */
  bodyX: number;
  bodyWidth: number;
  headHeight: number;
  footHeight: number;
  head: string;
  /** The foot, drawn from `top` (the figure's bottom plus a gap). */
  foot(top: number): string;
}

interface Line {
  text: string;
  style: TextStyle;
  fill: string;
}

function linesOf(text: string, style: TextStyle, fill: string, width: number): Line[] {
  return wrapText(text, style, width).map((t) => ({ text: t, style, fill }));
}

function drawLines(
  lines: readonly Line[],
  x: number,
  top: number,
): { svg: string; bottom: number } {
  let y = top;
  const parts = lines.map((line) => {
    const h = lineHeight(line.style);
    // Baseline at about 0.8 of the line box: what the browser's layout did before.
    const svg = svgText(x, y + h * 0.78, line.text, { ...line.style, fill: line.fill });
    y += h;
    return svg;
  });
  return { svg: parts.join('\n'), bottom: y };
}

/**
 * The head (title, subtitle, "as of" and target, page "1/2") and the foot (a rule, the source,
 * coverage notes, the provisional warning, the link back to the view, the dashboard's mark) of
 * an exported image, as SVG <text>, wrapped between words to the width. Heights are measured,
 * so the figure gets exactly the room left and nothing overlaps.
 */
export function planFrame(text: ExportText, width: number, page?: string): FramePlan {
  const inner = width - 2 * PAD_X;
  const pageWidth = page ? measureText(page, META_BOLD) + 16 : 0;

  const headLines: Line[] = [
    ...linesOf(text.title, TITLE, INK.ink, inner - pageWidth),
    ...(text.subtitle ? linesOf(text.subtitle, SUBTITLE, INK.muted, inner) : []),
  ];
  const head = drawLines(headLines, PAD_X, BAR + PAD_TOP);
  // "Số liệu đến 08/2020 · Mục tiêu 30% đến 12/2020 (…)": one line when it fits.
  const asOfWidth = measureText(text.asOf, META_BOLD);
  const targetText = text.target ? ` · ${text.target}` : '';
  const oneLine = asOfWidth + measureText(targetText, META) <= inner;
  const metaTop = head.bottom + 4;
  const metaBase = metaTop + lineHeight(META) * 0.78;
  const meta: string[] = [
    `<text x="${PAD_X}" y="${round(metaBase)}" font-size="${META.size}" fill="${INK.ink}"><tspan font-weight="700">${escapeXml(text.asOf)}</tspan>${oneLine && targetText ? escapeXml(targetText) : ''}</text>`,
  ];
  let metaBottom = metaTop + lineHeight(META);
  if (!oneLine && text.target) {
    const more = drawLines(linesOf(text.target, META, INK.ink, inner), PAD_X, metaBottom);
    meta.push(more.svg);
    metaBottom = more.bottom;
  }
  const pageMark = page
    ? svgText(width - PAD_X, BAR + PAD_TOP + lineHeight(TITLE) * 0.78, page, {
        ...META_BOLD,
        fill: INK.muted,
        anchor: 'end',
      })
    : '';
  const headSvg = [
    `<rect x="0" y="0" width="${width}" height="${BAR}" fill="${INK.brand}"/>`,
    head.svg,
    ...meta,
    pageMark,
  ].join('\n');

  const markWidth = measureText(text.mark, MARK) + 34;
  const notesWidth = inner - markWidth - 24;
  const footLines: Line[] = [
    ...linesOf(text.source, FOOT, INK.ink, notesWidth),
    ...text.notes.flatMap((n) => linesOf(n, FOOT, INK.muted, notesWidth)),
    ...(text.provisional
      ? linesOf(text.provisional, { ...FOOT, weight: 700 }, INK.warn, notesWidth)
      : []),
  ];
  const linkLine: Line = { text: text.link, style: LINK, fill: INK.muted };
  const footContent =
    footLines.reduce((sum, l) => sum + lineHeight(l.style), 0) + lineHeight(LINK) + 2;
  const footHeight = 11 + footContent + PAD_BOTTOM;

  return {
    width,
    bodyX: PAD_X,
    bodyWidth: inner,
    headHeight: metaBottom + GAP,
    footHeight: footHeight + GAP,
    head: headSvg,
    foot: (top) => {
      const ruleY = top + GAP;
      const notes = drawLines(footLines, PAD_X, ruleY + 11);
      const link = drawLines([linkLine], PAD_X, notes.bottom + 2);
      const markBase = ruleY + 11 + footContent - 6;
      const markX = width - PAD_X - markWidth + 30;
      return [
        `<line x1="${PAD_X}" x2="${width - PAD_X}" y1="${ruleY}" y2="${ruleY}" stroke="${INK.line}" stroke-width="1"/>`,
        notes.svg,
        link.svg,
        `<circle cx="${markX - 16}" cy="${markBase - 5}" r="11" fill="${INK.accent}"/>`,
        // 13 px across, centred on the disc.
        `<path transform="translate(${round(markX - 16 - 6.5)} ${round(markBase - 5 - 6.5)}) scale(${13 / 24})" d="${STAR_PATH}" fill="#ffd400"/>`,
        svgText(markX, markBase, text.mark, { ...MARK, fill: INK.brand }),
      ].join('\n');
    },
  };
}

/** The whole file: fonts, white paper, head, the figure at its place, foot. */
export function composeSvg(
  plan: FramePlan,
  body: string,
  bodyHeight: number,
  fontCss: string,
  lang: string,
): { svg: string; width: number; height: number } {
  const bodyTop = plan.headHeight;
  const height = Math.ceil(bodyTop + bodyHeight + plan.footHeight);
  const width = plan.width;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${lang}" font-family="${escapeXml(SVG_FONT_STACK)}">`,
    fontCss ? `<defs><style>${fontCss}</style></defs>` : '',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    plan.head,
    `<g transform="translate(${plan.bodyX} ${round(bodyTop)})">`,
    body,
    '</g>',
    plan.foot(bodyTop + bodyHeight),
    '</svg>',
  ]
    .filter((p) => p !== '')
    .join('\n');
  return { svg, width, height };
}
