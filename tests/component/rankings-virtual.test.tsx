import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { VIRTUAL_ROWS_ABOVE } from '../../src/features/rankings/rankings-virtual-body';
import type * as TablesPrepared from '../../src/features/rankings/use-tables-prepared';
import { serveUnits, type FixtureUnit } from './small-registry';
import { renderApp } from '../support/render-app';
import { NOT_ALL_IN } from '../support/not-all-in';

// Over two hundred feeds through jsdom: allow more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

// The ranking of 10,000 makes its table and order in tasks of its own before drawing them: these
// 205 provinces go the same way.
vi.mock('../../src/features/rankings/use-tables-prepared', async (original) => ({
  ...(await original<typeof TablesPrepared>()),
  PREPARED_FROM: 100,
}));

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/**
 * More provinces than the ranking shows whole: province n (1-based) has n × 3 of its 1,000
 * services at level 4, so ranks run from "Tỉnh 205" (61.5 %) down to "Tỉnh 001" (0.3 %), every
 * rate apart from the next at one decimal.
 */
const COUNT = VIRTUAL_ROWS_ABOVE + 5;
const pad = (n: number) => String(n).padStart(3, '0');
const PROVINCES: FixtureUnit[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `T${pad(i + 1)}`,
  kind: 'province',
  vi: `Tỉnh ${pad(i + 1)}`,
  en: `Province ${pad(i + 1)}`,
  feed: [{ period: '2020-08', servicesTotal: 1000, servicesLevel4: (i + 1) * 3 }],
}));

/**
 * jsdom lays nothing out and has no ResizeObserver: rows keep the ranking's estimate, a desktop
 * row's 45 px. A row's height read directly is counted (and given as 45 px).
 */
const ROW_PX = 45;
function countRowHeightReads() {
  const reads = vi.fn();
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    if (this.tagName !== 'TR') return 0;
    reads();
    return ROW_PX;
  });
  return reads;
}

function renderedRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-hidden') !== 'true')
    .slice(1)
    .map((r) => ({
      position: Number(r.getAttribute('aria-rowindex')),
      name: within(r).getByRole('rowheader').textContent,
    }));
}

async function openRanking() {
  serveUnits(server, PROVINCES);
  const rowHeightReads = countRowHeightReads();
  const user = userEvent.setup();
  renderApp('/rankings/provinces');
  const table = await screen.findByRole('table', {}, { timeout: 20_000 });
  await waitFor(() => expect(screen.queryByText(NOT_ALL_IN)).toBeNull(), {
    timeout: 20_000,
  });
  await waitFor(() => expect(renderedRows(table).length).toBeGreaterThan(0));
  return { user, table, rowHeightReads };
}

function spacerHeights(table: HTMLElement) {
  return within(table)
    .getAllByRole('row', { hidden: true })
    .filter((r) => r.getAttribute('aria-hidden') === 'true')
    .map((r) => parseFloat(r.querySelector('td')!.style.height));
}

/**
 * The ranking's body starts `top` px down the page. Returns, for each time its place is read,
 * whether `painted()` said then that its rows had been painted.
 */
function placeTableBody(top: number, painted: () => boolean = () => false) {
  const reads: boolean[] = [];
  const unplaced = { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 } as DOMRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.tagName !== 'TBODY') return unplaced;
    reads.push(painted());
    return { ...unplaced, top: top - window.scrollY };
  });
  return reads;
}

/** ResizeObservers that report the sizes a test gives them, as the browser would after layout. */
function installResizeObservers() {
  const all: { callback: ResizeObserverCallback; targets: Set<Element> }[] = [];
  class TestResizeObserver {
    private readonly own: { callback: ResizeObserverCallback; targets: Set<Element> };
    constructor(callback: ResizeObserverCallback) {
      this.own = { callback, targets: new Set() };
      all.push(this.own);
    }
    observe(target: Element) {
      this.own.targets.add(target);
    }
    unobserve(target: Element) {
      this.own.targets.delete(target);
    }
    disconnect() {
      this.own.targets.clear();
    }
  }
  vi.stubGlobal('ResizeObserver', TestResizeObserver);
  return {
    report(target: Element, height: number) {
      for (const observer of all.filter((o) => o.targets.has(target))) {
        const entry = { target, borderBoxSize: [{ blockSize: height, inlineSize: 800 }] };
        observer.callback([entry as unknown as ResizeObserverEntry], {} as ResizeObserver);
      }
    },
  };
}

const jsdomScrollY = Object.getOwnPropertyDescriptor(window, 'scrollY')!;
function scrollWindowTo(y: number) {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: y });
  fireEvent.scroll(window);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Object.defineProperty(window, 'scrollY', jsdomScrollY);
});

describe(`a ranking of more than ${VIRTUAL_ROWS_ABOVE} units`, () => {
  it('renders the rows in view, and says where they stand in the whole', async () => {
    const { table } = await openRanking();
    expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
    const rows = renderedRows(table);
    // A 768 px window holds 17 rows of 45 px; a few more are drawn beyond its edge.
    expect(rows.length).toBeGreaterThanOrEqual(17);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]).toEqual({ position: 2, name: `Tỉnh ${pad(COUNT)}` });
    rows.forEach((row, i) => {
      expect(row.position).toBe(i + 2);
      expect(row.name).toBe(`Tỉnh ${pad(COUNT - i)}`);
    });
    // The page is as long as every row: spacer rows stand in for the others.
    const spaced = spacerHeights(table).reduce((sum, height) => sum + height, 0);
    expect(spaced + rows.length * ROW_PX).toBe(COUNT * ROW_PX);
  });

  it('brings in the rows scrolled to, with the units at those ranks', async () => {
    const { table } = await openRanking();
    // Rank 150 at the top of the screen: 149 rows of 45 px above it.
    act(() => scrollWindowTo(149 * ROW_PX));
    await waitFor(() =>
      expect(renderedRows(table).map((r) => r.name)).toContain(`Tỉnh ${pad(COUNT - 149)}`),
    );
    const rows = renderedRows(table);
    expect(rows.map((r) => r.name)).not.toContain(`Tỉnh ${pad(COUNT)}`);
    for (const row of rows) expect(row.name).toBe(`Tỉnh ${pad(COUNT + 2 - row.position)}`);
    // The last rank is within reach of the end of the page.
    act(() => scrollWindowTo(COUNT * ROW_PX - 768));
    await waitFor(() =>
      expect(renderedRows(table).at(-1)).toEqual({ position: COUNT + 1, name: 'Tỉnh 001' }),
    );
  });

  it('shows the new order from its first row when the sort changes', async () => {
    const { user, table } = await openRanking();
    const rank = screen.getByRole('columnheader', { name: /^Hạng/ });
    await user.click(within(rank).getByRole('button'));
    expect(rank).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() => expect(renderedRows(table)[0]?.name).toBe('Tỉnh 001'));
    const rows = renderedRows(table);
    rows.forEach((row, i) => {
      expect(row.position).toBe(i + 2);
      expect(row.name).toBe(`Tỉnh ${pad(i + 1)}`);
    });
    expect(rows.length).toBeLessThan(40);
  });
  it('keeps keyboard focus on its unit when the order changes, scrolled to where the unit went', async () => {
    const { table } = await openRanking();
    // The page is as tall as every row (jsdom lays nothing out), so the window can scroll to any.
    vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
      return this === document.documentElement ? (COUNT + 2) * ROW_PX : 0;
    });
    const scrolls: number[] = [];
    vi.spyOn(window, 'scrollTo').mockImplementation(((options: ScrollToOptions) => {
      scrolls.push(options.top ?? 0);
      scrollWindowTo(options.top ?? 0);
    }) as typeof window.scrollTo);
    const name = `Tỉnh ${pad(COUNT - 2)}`;
    act(() => within(table).getByRole('link', { name }).focus());
    // A new order that does not move focus itself, as a new picture of the data does not.
    const rank = screen.getByRole('columnheader', { name: /^Hạng/ });
    fireEvent.click(within(rank).getByRole('button'));
    await waitFor(() => expect(renderedRows(table).map((r) => r.name)).toContain(name));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(name));
    // Ascending, province n is at place n: row n + 1 after the header.
    expect(document.activeElement?.closest('tr')).toHaveAttribute(
      'aria-rowindex',
      String(COUNT - 2 + 1),
    );
    expect(scrolls.length).toBeGreaterThan(0);
  });

  it("reads no row's height as the row is put in the page, and takes the height the browser reports once it has laid the row out", async () => {
    const observers = installResizeObservers();
    const { table, rowHeightReads } = await openRanking();
    expect(rowHeightReads).not.toHaveBeenCalled();
    // The first place's row is laid out 90 px tall (a long name on two lines).
    const first = within(table)
      .getByRole('rowheader', { name: `Tỉnh ${pad(COUNT)}` })
      .closest('tr')!;
    act(() => observers.report(first, 90));
    // Scrolled past it, the space above the rows drawn holds that row's 90 px and 45 for each other.
    act(() => scrollWindowTo(149 * ROW_PX));
    await waitFor(() => expect(renderedRows(table)[0]!.position).toBeGreaterThan(2));
    const above = renderedRows(table)[0]!.position - 2;
    expect(spacerHeights(table)[0]).toBe(above * ROW_PX + 45);
  });

  it("reads the table's place on the page once the first frame is painted, when it opens at the top", async () => {
    let rowsPainted = false;
    const reads = placeTableBody(300, () => rowsPainted);
    const paint = window.requestAnimationFrame.bind(window);
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) =>
      paint((time) => {
        if (document.querySelector('tbody tr[aria-rowindex]')) rowsPainted = true;
        callback(time);
      }),
    );
    const { table } = await openRanking();
    await waitFor(() => expect(reads).not.toHaveLength(0));
    expect(reads).not.toContain(false);
    // The offset is used: rank 150 at the top of the screen is 149 rows below the table's top.
    act(() => scrollWindowTo(300 + 149 * ROW_PX));
    await waitFor(() =>
      expect(renderedRows(table).map((r) => r.name)).toContain(`Tỉnh ${pad(COUNT - 149)}`),
    );
  });

  it('does not move the window as it opens', async () => {
    const scrolls = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    await openRanking();
    expect(scrolls).not.toHaveBeenCalled();
  });

  it('opened scrolled down (a position restored), draws the rows at that place in its first frame', async () => {
    // Every feed is in before the ranking opens, so its first frame is of the whole ranking
    // however long the feeds take (a slow run would otherwise draw a provisional one first).
    serveUnits(server, PROVINCES);
    const { router } = renderApp('/');
    await screen.findByRole('heading', { name: 'Tổng quan' }, { timeout: 20_000 });
    await waitFor(() => expect(screen.queryByText(/Đang tải|số liệu tạm thời/)).toBeNull(), {
      timeout: 20_000,
    });
    placeTableBody(300);
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 300 + 149 * ROW_PX });
    const firstDrawn: (string | null)[] = [];
    const watch = new MutationObserver(() => {
      const names = [...document.querySelectorAll('tbody th')].map((th) => th.textContent);
      if (firstDrawn.length === 0 && names.length > 0) firstDrawn.push(...names);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    await act(() => router.navigate('/rankings/provinces'));
    await waitFor(() => expect(firstDrawn.length).toBeGreaterThan(0), { timeout: 20_000 });
    watch.disconnect();
    expect(firstDrawn).toContain(`Tỉnh ${pad(COUNT - 149)}`);
    expect(firstDrawn).not.toContain(`Tỉnh ${pad(COUNT)}`);
  });
});
