import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { captureDownloads, type Download } from '../support/captured-downloads';
import { renderApp } from '../support/render-app';
import { zipEntry } from '../unit/export/zip-entry';
import { serveUnits, UNITS } from './small-registry';
import { NOT_ALL_IN } from '../support/not-all-in';

vi.setConfig({ testTimeout: 20_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The small registry in 08/2020: Bắc Giang, Bạc Liêu, An Giang and Đà Nẵng have a rate and are
// ranked; Cà Mau did not report, Hà Nội reported 0 services, Yên Bái's feed fails: 4 of the 7
// provinces are ranked (the level-4 aggregate counts 5 as reporting: Hà Nội reported, with no
// rate). Earlier periods: 06/2020 only Cà Mau (1 ranked), 07/2020 four.

/** Files handed to the browser's downloads. */
const saved: Download[] = [];

beforeEach(() => {
  captureDownloads(saved);
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function rankHistory(path: string, name: string) {
  serveUnits(server, UNITS);
  renderApp(path);
  const figure = await screen.findByRole('figure', { name }, { timeout: 10_000 });
  await waitFor(() => expect(screen.queryByText(NOT_ALL_IN)).toBeNull(), {
    timeout: 10_000,
  });
  return figure;
}

/** Every text of the workbook's sheets (shared strings and inline strings alike). */
async function workbookText(blob: Blob): Promise<string> {
  const zip = Buffer.from(await blob.arrayBuffer());
  const parts: string[] = [];
  for (const entry of [
    'xl/sharedStrings.xml',
    'xl/worksheets/sheet1.xml',
    'xl/worksheets/sheet2.xml',
  ]) {
    try {
      parts.push(zipEntry(zip, entry));
    } catch {
      // not every writer makes every part
    }
  }
  return parts.join('\n').replace(/<[^>]+>/g, ' ');
}

const CASES = [
  {
    lang: 'vi',
    path: '/units/24?period=2020-08',
    figure: 'Thứ hạng qua các kỳ',
    menu: /^Tải xuống \/ chia sẻ/,
    notes: [
      'Hạng kỳ 08/2020 tính trên 4/7 tỉnh, thành phố có số liệu',
      'Các kỳ trước: mỗi kỳ xếp hạng từ 1 đến 4 tỉnh, thành phố',
      'Không xếp hạng kỳ 08/2020 (không có tỷ lệ): Cà Mau, Hà Nội, Yên Bái',
    ],
    wrong: 'Tính trên 5/7',
  },
  {
    lang: 'en',
    path: '/units/24?period=2020-08&lang=en',
    figure: 'Rank over time',
    menu: /^Download \/ share/,
    notes: [
      'Ranks for Aug 2020 based on the 4 of 7 provinces with data',
      'Earlier periods: between 1 and 4 provinces ranked per period',
      'Not ranked in Aug 2020 (no rate): Ca Mau, Ha Noi, Yen Bai',
    ],
    wrong: 'Based on 5 of 7',
  },
] as const;

describe('a unit’s rank history says what its ranks are “of”', () => {
  for (const c of CASES) {
    it(`(${c.lang}) under the chart and in the exported workbook's notes`, async () => {
      const figure = await rankHistory(c.path, c.figure);
      const caption = figure.querySelector('figcaption')!;
      for (const note of c.notes) expect(caption).toHaveTextContent(note);
      expect(caption).not.toHaveTextContent(c.wrong);

      const user = userEvent.setup();
      await user.click(within(figure).getByRole('button', { name: c.menu }));
      await user.click(screen.getByRole('menuitem', { name: 'Excel (.xlsx)' }));
      await waitFor(() => expect(saved).toHaveLength(1));
      const text = await workbookText(saved[0]!.blob);
      for (const note of c.notes) expect(text).toContain(note);
    });
  }
});
