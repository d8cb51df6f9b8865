/**
 * Loading a dataset's feeds in Chromium, from a cold start (a new browser context: no saved copy,
 * no cache): time until every feed has settled, the progress the screen showed meanwhile, how
 * long the main thread was blocked (long tasks), and the JavaScript heap once loaded. Measured
 * over the bare DevTools pipe (bare-chromium.ts), with nothing watching the network.
 */
import { chromium, type Page } from '@playwright/test';
import type { BareBrowser, BarePage } from './bare-chromium';
import { NAME_HELPER } from './chromium';

/** Main-thread task time until a moment (CDP Performance TaskDuration), and in parts. */
export interface MainThreadTime {
  busyMs: number;
  busy: BusyParts;
}

export interface LoadingResult extends MainThreadTime {
  units: number;
  /** From navigation start until the loading banner is gone and the screen shows figures. */
  loadedMs: number;
  feedsPerSecond: number;
  /** Progress texts seen while loading, in order (a few). */
  progress: string[];
  longestTaskMs: number;
  /** Sum over long tasks of their time past 50 ms (as Lighthouse's TBT). */
  blockingMs: number;
  heapUsedMB: number;
  heapAfterGcMB: number;
  /** The main thread's time when the page's frame (its heading) was first seen, if before done. */
  frame: FrameSeen | null;
}

export interface FrameSeen extends MainThreadTime {
  seenAtMs: number;
}

/**
 * Main-thread task time by what ran: the page's JavaScript (its own and the libraries'), style
 * and layout, and everything else in its tasks (loading and parsing documents, answering
 * requests, painting, DevTools' own commands), as Chromium counts them.
 */
export interface BusyParts {
  scriptMs: number;
  styleAndLayoutMs: number;
  otherMs: number;
}

const LOADING = /Đang tải|Đã nhận|Loading/;

/**
 * Runs in the page before its own scripts: records long tasks, and the time when the screen
 * first shows figures with no loading status left (having shown one) and every chart's box holds
 * its drawn chart, checked every 50 ms, or when the floor page says it is done.
 */
const PROBE = `(() => {
  const tasks = [];
  window.__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const loading = ${LOADING.toString()};
  const timer = setInterval(() => {
    if (window.__floorDoneAt) {
      window.__doneAt = window.__floorDoneAt;
      clearInterval(timer);
      return;
    }
    const statuses = [...document.querySelectorAll('[role="status"]')];
    const busy = statuses.some((s) => loading.test(s.textContent ?? ''));
    if (busy) window.__sawLoading = true;
    const drawn = [...document.querySelectorAll('.chart-box')].every((box) => box.querySelector('svg'));
    if (document.querySelector('main h1') !== null && !busy && drawn && window.__sawLoading) {
      window.__doneAt = performance.now();
      clearInterval(timer);
    }
  }, 50);
})();`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mainThreadBusy(page: BarePage): Promise<MainThreadTime> {
  const { metrics } = await page.send<{ metrics: { name: string; value: number }[] }>(
    'Performance.getMetrics',
  );
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const busyMs = ms('TaskDuration');
  const scriptMs = ms('ScriptDuration');
  const styleAndLayoutMs = ms('RecalcStyleDuration') + ms('LayoutDuration');
  return {
    busyMs,
    busy: {
      scriptMs,
      styleAndLayoutMs,
      otherMs: Math.max(0, busyMs - scriptMs - styleAndLayoutMs),
    },
  };
}

/**
 * Opens `url` in a fresh context and waits for the probe's done time; samples the progress. Asks
 * every 50 ms for the first seconds: the main thread's time is read when the done time is seen,
 * and what the page does after it (the dashboard's offline shell, say) should not count.
 */
async function load(browser: BareBrowser, url: string, timeoutMs: number) {
  const page = await browser.newPage();
  await page.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE });
  await page.send('Page.navigate', { url });
  const progress: string[] = [];
  let frame: FrameSeen | null = null;
  const started = Date.now();
  const deadline = started + timeoutMs;
  for (;;) {
    const { doneAt, text, framedAt } = await page.evaluate<{
      doneAt: number | null;
      text: string | null;
      framedAt: number | null;
    }>(
      `({ doneAt: window.__doneAt ?? null,
          text: document.querySelector('.banner [role="status"]')?.textContent ?? null,
          framedAt: document.querySelector('main h1') === null ? null : performance.now() })`,
    );
    if (text !== null && /\d/.test(text) && progress.at(-1) !== text) progress.push(text);
    if (doneAt !== null) return { page, doneAt, progress, frame };
    if (frame === null && framedAt !== null)
      frame = { seenAtMs: framedAt, ...(await mainThreadBusy(page)) };
    if (Date.now() > deadline) throw new Error(`${url} did not settle in ${timeoutMs} ms`);
    await pause(Date.now() - started < 5_000 ? 50 : 400);
  }
}

export interface FloorResult extends MainThreadTime {
  doneMs: number;
}

/**
 * The floor page (static-server.ts): fetch and JSON.parse the same feeds, nothing else. Its
 * main-thread time until done, in a fresh context like the dashboard's.
 */
export async function measureFloor(browser: BareBrowser, siteUrl: string): Promise<FloorResult> {
  const { page, doneAt } = await load(browser, `${siteUrl}floor.html`, 600_000);
  const { busyMs, busy } = await mainThreadBusy(page);
  await page.close();
  return { doneMs: doneAt, busyMs, busy };
}

export async function measureLoading(
  browser: BareBrowser,
  url: string,
  units: number,
  /** Runs on the loaded page, under Playwright, before it is closed (the rankings' interactions). */
  after?: (page: Page) => Promise<void>,
  timeoutMs = 600_000,
): Promise<LoadingResult> {
  const { page, doneAt, progress, frame } = await load(browser, url, timeoutMs);
  const { busyMs, busy } = await mainThreadBusy(page);
  const tasks = await page.evaluate<number[]>('window.__longTasks');
  // The last rebuild and the saved copy's write come just after: let them pass.
  await pause(2_000);
  const heap = await page.send<{ usedSize: number }>('Runtime.getHeapUsage');
  await page.send('HeapProfiler.collectGarbage');
  const collected = await page.send<{ usedSize: number }>('Runtime.getHeapUsage');
  if (after) await after(await attachPlaywright(browser, url));
  await page.close();
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    units,
    loadedMs: doneAt,
    feedsPerSecond: units / (doneAt / 1000),
    progress: sample(progress, 4),
    longestTaskMs: Math.max(0, ...tasks),
    blockingMs: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    heapUsedMB: mb(heap.usedSize),
    heapAfterGcMB: mb(collected.usedSize),
    busyMs,
    busy,
    frame,
  };
}

/** The loaded page under Playwright, attached only now. */
async function attachPlaywright(browser: BareBrowser, url: string): Promise<Page> {
  const attached = await chromium.connectOverCDP(browser.endpoint());
  const page = attached
    .contexts()
    .flatMap((c) => c.pages())
    .find((p) => p.url().startsWith(url));
  if (!page) throw new Error(`Playwright did not find the page at ${url}`);
  await page.evaluate(NAME_HELPER);
  return page;
}

/** At most `n` items spread over the list, first and last included. */
function sample<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))]!);
}
