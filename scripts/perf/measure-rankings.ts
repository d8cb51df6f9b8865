/**
 * The rankings table at scale in Chromium: once every feed has settled, change the indicator
 * (keyboard on the select) and the sort (click on a column header), and measure for each the
 * time from the input to the next frame painted with the new table: a performance mark at the
 * input, a MutationObserver for the change, then requestAnimationFrame + a task (the frame is
 * painted by then). The Event Timing API's entry for the input is reported too (input to the
 * next paint after its handlers, as INP counts it).
 */
import type { Page } from '@playwright/test';
import { medianBy } from './median';

export interface InteractionResult {
  name: string;
  /** Input to the frame painted with the new rows (median of the runs). */
  paintedMs: number;
  runs: number[];
  /** The Event Timing API's duration for the input (median), when it reported one. */
  eventTimingMs: number | null;
}

export interface RankingsResult {
  units: number;
  rowsRendered: number;
  interactions: InteractionResult[];
}

const median = (values: number[]) => medianBy(values, (v) => v);

/** Arms the in-page watch: resolves with ms from the input to the painted change. */
async function arm(page: Page, watched: string) {
  await page.evaluate((selector) => {
    const w = window as unknown as { __result: Promise<{ painted: number; event: number | null }> };
    const entries: PerformanceEventTiming[] = [];
    const observer = new PerformanceObserver((list) => {
      entries.push(...(list.getEntries() as PerformanceEventTiming[]));
    });
    observer.observe({
      type: 'event',
      durationThreshold: 16,
      buffered: false,
    } as PerformanceObserverInit);
    w.__result = new Promise((resolve) => {
      let inputAt = 0;
      const onInput = (e: Event) => {
        if (inputAt === 0) {
          inputAt = e.timeStamp;
          performance.mark('perf:input');
        }
      };
      for (const type of ['pointerdown', 'keydown'])
        window.addEventListener(type, onInput, { capture: true, once: true });
      // The element there now (rows are keyed by unit: a new order moves them, not their text).
      // Its markup, not its text: the sort arrows are drawn, and swap with no text changing.
      const state = () => document.querySelector(selector)?.innerHTML;
      const before = state();
      const changed = new MutationObserver(() => {
        const now = state();
        if (now === before) return;
        changed.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark('perf:painted');
            const painted = performance.now() - inputAt;
            // Event Timing entries arrive after the paint; give them a moment.
            setTimeout(() => {
              observer.disconnect();
              const mine = entries.filter((e) => e.startTime >= inputAt - 1);
              resolve({
                painted,
                event: mine.length ? Math.max(...mine.map((e) => e.duration)) : null,
              });
            }, 300);
          }, 0),
        );
      });
      changed.observe(document.querySelector('table')!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  }, watched);
}

async function result(page: Page) {
  return page.evaluate(() =>
    Promise.race([
      (window as unknown as { __result: Promise<{ painted: number; event: number | null }> })
        .__result,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the table did not change within 15 s')), 15_000),
      ),
    ]),
  );
}

/** On a page of the rankings whose feeds have all settled (measureLoading's `after`). */
export async function measureRankings(
  page: Page,
  units: number,
  runs = 5,
): Promise<RankingsResult> {
  const rowsRendered = await page.locator('table tbody tr:not([aria-hidden])').count();

  const interactions: InteractionResult[] = [];
  const firstRow = 'table tbody tr:not([aria-hidden])';

  // Indicator: the toolbar's select, with the keyboard (a trusted input, as a person's).
  const indicator = page.locator('.rankings-toolbar select').first();
  const indicatorRuns: number[] = [];
  const indicatorEvents: number[] = [];
  for (let i = 0; i < runs; i++) {
    await indicator.focus();
    await arm(page, firstRow);
    await page.keyboard.press(i % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
    const r = await result(page);
    indicatorRuns.push(r.painted);
    if (r.event !== null) indicatorEvents.push(r.event);
    await page.waitForTimeout(500);
  }
  interactions.push({
    name: 'change indicator',
    paintedMs: median(indicatorRuns),
    runs: indicatorRuns,
    eventTimingMs: indicatorEvents.length ? median(indicatorEvents) : null,
  });

  // Sort: click a column header's button (alternating two columns).
  const sortRuns: number[] = [];
  const sortEvents: number[] = [];
  const headers = page.locator('table thead th button');
  for (let i = 0; i < runs; i++) {
    const header = headers.nth(i % 2 === 0 ? 1 : 0);
    await arm(page, 'table thead tr');
    await header.click();
    const r = await result(page);
    sortRuns.push(r.painted);
    if (r.event !== null) sortEvents.push(r.event);
    await page.waitForTimeout(500);
  }
  interactions.push({
    name: 'change sort',
    paintedMs: median(sortRuns),
    runs: sortRuns,
    eventTimingMs: sortEvents.length ? median(sortEvents) : null,
  });
  // Period (the header's select): a new period builds the engine's model for it; stepping back
  // to one already seen reuses its model.
  const periodSelect = page.locator('header select').first();
  const atStart = await periodSelect.evaluate((e) => (e as HTMLSelectElement).selectedIndex === 0);
  const [away, back] = atStart ? ['ArrowDown', 'ArrowUp'] : ['ArrowUp', 'ArrowDown'];
  for (const [name, key] of [
    ['change period (model built)', away],
    ['change period back (model kept)', back],
  ] as const) {
    await periodSelect.focus();
    await arm(page, firstRow);
    await page.keyboard.press(key);
    const r = await result(page);
    interactions.push({ name, paintedMs: r.painted, runs: [r.painted], eventTimingMs: r.event });
    await page.waitForTimeout(500);
  }
  return { units, rowsRendered, interactions };
}
