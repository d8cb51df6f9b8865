/**
 * Lighthouse (performance only) on a page, with Debian's Chromium: the default mobile emulation
 * (slow 4G and a 4× slower CPU) or the desktop preset. Lighthouse's default simulates the slow
 * network from an unthrottled load; `applied` throttles the load itself (its "devtools" method),
 * which is slower and noisier but times what the page really does on such a network.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

export interface LighthouseResult {
  preset: 'mobile' | 'desktop';
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
}

export async function runLighthouse(
  url: string,
  preset: 'mobile' | 'desktop',
  applied = false,
): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        onlyCategories: ['performance'],
        logLevel: 'error',
        ...(applied ? { throttlingMethod: 'devtools' as const } : {}),
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      preset,
      score: lhr.categories.performance?.score ?? Number.NaN,
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      speedIndexMs: value('speed-index'),
    };
  } finally {
    chrome.kill();
  }
}
