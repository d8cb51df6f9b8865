import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { captureDownloads, type Download } from '../support/captured-downloads';
import { renderApp } from '../support/render-app';
import { serveUnits, UNITS, type FixtureUnit } from './small-registry';

vi.mock('../../src/export/image', () => ({
  PIXEL_RATIO: 2,
  svgBlob: (svg: string) => new Blob([svg], { type: 'image/svg+xml' }),
  svgToPng: () => Promise.reject(new Error('canvas unavailable')),
}));
// jsdom cannot fetch the app's font files: the image embeds none.
vi.mock('../../src/export/export-fonts', () => ({ embeddedFontCss: () => Promise.resolve('') }));

vi.setConfig({ testTimeout: 20_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Files handed to the browser's downloads. */
const saved: Download[] = [];

beforeEach(() => {
  captureDownloads(saved);
  // jsdom lays nothing out: an <svg> takes the size its attributes give it, so the export keeps it
  // (jsdom's own answer for everything else is an empty box too).
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (!(this instanceof SVGSVGElement)) return DOMRect.fromRect();
    const width = Number(this.getAttribute('width')) || 0;
    const height = Number(this.getAttribute('height')) || 0;
    return DOMRect.fromRect({ x: 0, y: 0, width, height });
  });
  // … and computes no SVG presentation styles: an SVG element's style is its own attributes, as a
  // browser computes it for the print map (no CSS rule paints it).
  const computed = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
    if (!(element instanceof SVGElement)) return computed(element, pseudo);
    const attributes = {
      display: '',
      visibility: '',
      overflow: '',
      getPropertyValue: (name: string) => element.getAttribute(name) ?? '',
    };
    return attributes as unknown as CSSStyleDeclaration;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

// The small registry in 08/2020, with Bạc Liêu's feed still on its way: every way a province can
// be without a value is on the map at once. Yên Bái's feed fails (HTTP 404), Bạc Liêu's has not
// arrived, Hà Nội reported 0 services, Cà Mau's feed loaded without 08/2020.
const UNITS_NOW: FixtureUnit[] = UNITS.map((u) => (u.id === '95' ? { ...u, feed: 'hang' } : u));

/** Each printed tile's abbreviation → its text and fill, read from the exported SVG. */
function printedTiles(svg: string): Map<string, { text: string; fill: string | null }> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const tiles = new Map<string, { text: string; fill: string | null }>();
  for (const g of doc.querySelectorAll('g')) {
    const texts = [...g.children].filter((c) => c.tagName === 'text');
    const rect = [...g.children].find((c) => c.tagName === 'rect');
    if (texts.length !== 2 || !rect || !/^[A-ZĐ][A-Za-zĐđ]{0,3}$/.test(texts[0]!.textContent))
      continue;
    tiles.set(texts[0]!.textContent, {
      text: texts[1]!.textContent,
      fill: rect.getAttribute('fill'),
    });
  }
  return tiles;
}

describe('the map on screen and for print tell the same state, unit by unit', () => {
  it('failed, still loading, no services and not reported: the same words, four looks', async () => {
    serveUnits(server, UNITS_NOW);
    const user = userEvent.setup();
    renderApp('/?period=2020-08');
    const map = await screen.findByRole(
      'figure',
      { name: /^Bản đồ tỉnh, thành phố/ },
      { timeout: 10_000 },
    );
    // The screen map's words for each unit.
    await within(map).findByRole('link', { name: 'Bắc Giang: 23,4%' }, { timeout: 10_000 });
    await waitFor(() =>
      expect(within(map).getByRole('link', { name: /^Yên Bái: Lỗi nguồn số liệu/ })).toBeVisible(),
    );
    const onScreen = {
      BG: within(map).getByRole('link', { name: 'Bắc Giang: 23,4%' }),
      YB: within(map).getByRole('link', { name: /^Yên Bái: Lỗi nguồn số liệu/ }),
      BL: within(map).getByRole('link', { name: 'Bạc Liêu: Đang tải số liệu' }),
      HN: within(map).getByRole('link', { name: /^Hà Nội: Không có dịch vụ/ }),
      CM: within(map).getByRole('link', { name: 'Cà Mau: Chưa báo cáo' }),
    };
    /** A screen tile's mark and fill, its hatch named as the print names its own. */
    const screenTile = (link: HTMLElement) => ({
      text: link.querySelector('.tile-map__value')!.textContent,
      fill: link
        .querySelector('.tile-map__cell')!
        .getAttribute('fill')!
        .replace(/^url\(#.*\)$/, 'url(#print-hatch)'),
    });
    // The screen's legend names every look it draws.
    const legend = map.querySelector('.tile-map__legend')!;
    for (const words of [
      'Lỗi nguồn số liệu',
      'Đang tải số liệu',
      'Không có dịch vụ công',
      'Chưa báo cáo',
    ]) {
      expect(within(legend as HTMLElement).getByText(words)).toBeVisible();
    }

    await user.click(within(map).getByRole('button', { name: /^Tải xuống \/ chia sẻ/ }));
    await user.click(screen.getByRole('menuitem', { name: 'SVG (vector)' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    const svg = await saved[0]!.blob.text();
    const tiles = printedTiles(svg);

    expect(tiles.get('BG')?.text).toBe('23,4%');
    expect(tiles.get('BG')?.fill).toMatch(/^#[0-9a-f]{6}$/);
    // Each state by its look and mark:
    expect(tiles.get('YB')).toEqual({ text: '!', fill: '#aab3bf' }); // feed failed
    expect(tiles.get('BL')).toEqual({ text: '…', fill: '#e3e7ec' }); // still loading
    expect(tiles.get('HN')).toEqual({ text: '–', fill: '#ffffff' }); // no services
    expect(tiles.get('CM')).toEqual({ text: '–', fill: 'url(#print-hatch)' }); // not reported
    // … the same on the screen, unit by unit.
    for (const [label, link] of Object.entries(onScreen)) {
      expect(screenTile(link), label).toEqual(tiles.get(label));
    }
    // … and the legend names each of them.
    for (const words of [
      'Lỗi nguồn số liệu',
      'Đang tải số liệu',
      'Không có dịch vụ công',
      'Chưa báo cáo',
    ]) {
      expect(svg).toContain(`>${words}</text>`);
    }
  });
});
