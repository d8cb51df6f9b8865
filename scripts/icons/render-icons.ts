/**
 * Renders the page's icons from favicon.svg: `npx tsx scripts/icons/render-icons.ts` after
 * changing it. PNG, not the SVG itself: a browser decodes the page's icon on the page's main
 * thread, and an SVG icon costs it a whole SVG document (4–38 ms in a cold load on this 2-core
 * machine, against about 1 ms for the PNG).
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../perf/chromium';

const svg = readFileSync(new URL('favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
for (const [file, size] of [
  ['favicon.png', 32],
  ['apple-touch-icon.png', 180],
] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `public/${file}`, omitBackground: true });
  await page.close();
}
await browser.close();
