/**
 * Loading a dataset's feeds in Chromium, from a cold start (a new browser context: no saved copy,
 * no cache): time until every feed has settled, the progress the screen showed meanwhile, how
 * long the main thread was blocked (long tasks), and the JavaScript heap once loaded.
 */
import { NAME_HELPER } from './chromium';
import type { Browser, Page } from '@playwright/test';

export interface LoadingResult {
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
  /** Main-thread task time from navigation until settled (CDP Performance TaskDuration). */
  busyMs: number;
}

async function mainThreadBusyMs(cdp: {
  send(method: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }>;
}): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * The floor page (static-server.ts): fetch and JSON.parse the same feeds, nothing else. Its
 * main-thread time until done, in a fresh context like the dashboard's.
 */
export async function measureFloor(
  browser: Browser,
  siteUrl: string,
): Promise<{ doneMs: number; busyMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${siteUrl}floor.html`, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => (window as unknown as { __floorDoneAt?: number }).__floorDoneAt ?? false,
    undefined,
    { polling: 50, timeout: 600_000 },
  );
  const doneMs = (await handle.jsonValue()) as number;
  const busyMs = await mainThreadBusyMs(cdp);
  await context.close();
  return { doneMs, busyMs };
}

const LOADING = /Đang tải|Đã nhận|Loading/;

export async function measureLoading(
  browser: Browser,
  url: string,
  units: number,
  /** Runs on the loaded page before it is closed (the rankings' interactions). */
  after?: (page: Page) => Promise<void>,
  timeoutMs = 600_000,
): Promise<LoadingResult> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: process.env.BLOCK_SW ? 'block' : 'allow',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(NAME_HELPER);
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
      for (const entry of list.getEntries())
        if (entry.duration > 200)
          console.log(`longtask ${Math.round(entry.startTime)} ${Math.round(entry.duration)}`);
    }).observe({ type: 'longtask', buffered: true });
  });
  const progress: string[] = [];
  let done = false;
  const watch = (async () => {
    while (!done) {
      const text = await page
        .evaluate(() => document.querySelector('.banner [role="status"]')?.textContent ?? null)
        .catch(() => null);
      if (text !== null && /\d/.test(text) && progress.at(-1) !== text) progress.push(text);
      await page.waitForTimeout(400).catch(() => undefined);
    }
  })();
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (pattern) => {
      const w = window as unknown as { __doneAt?: number; __sawLoading?: boolean };
      const statuses = [...document.querySelectorAll('[role="status"]')];
      const loading = statuses.some((s) => new RegExp(pattern).test(s.textContent ?? ''));
      if (loading) w.__sawLoading = true;
      const figures = document.querySelector('main h1') !== null;
      if (figures && !loading && w.__sawLoading) {
        w.__doneAt ??= performance.now();
        return w.__doneAt;
      }
      return false;
    },
    LOADING.source,
    { polling: 50, timeout: timeoutMs },
  );
  const loadedMs = (await handle.jsonValue()) as number;
  const busyMs = await mainThreadBusyMs(cdp);
  done = true;
  await watch;
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks,
  );
  // The last rebuild and the saved copy's write come just after: let them pass.
  await page.waitForTimeout(2_000);
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.collectGarbage');
  const collected = await cdp.send('Runtime.getHeapUsage');
  if (after) await after(page);
  await context.close();
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    units,
    loadedMs,
    feedsPerSecond: units / (loadedMs / 1000),
    progress: sample(progress, 4),
    longestTaskMs: Math.max(0, ...tasks),
    blockingMs: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    heapUsedMB: mb(heap.usedSize),
    heapAfterGcMB: mb(collected.usedSize),
    busyMs,
  };
}

/** At most `n` items spread over the list, first and last included. */
function sample<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))]!);
}
