import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { serveUnits, UNITS, type FixtureUnit } from './small-registry';
import { renderApp } from '../support/render-app';
import { NOT_ALL_IN } from '../support/not-all-in';

vi.setConfig({ testTimeout: 30_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Contract §2 ★: a name in right-to-left letters is isolated wherever a sentence names it, so the
// words and numbers around it keep their order. Bắc Giang (24, ranked 2= with An Giang) is renamed
// in Hebrew and Yên Bái (15, whose feed fails) in Arabic.
const HEBREW = 'שלום';
const ARABIC = 'مرحبا';
const MARKS = /[\u2066-\u2069]/;
const RANK = 'Thứ hạng về tỷ lệ dịch vụ công trực tuyến mức độ 4';
const units: FixtureUnit[] = UNITS.map((u) =>
  u.id === '24'
    ? { ...u, vi: HEBREW, en: HEBREW }
    : u.id === '15'
      ? { ...u, vi: ARABIC, en: ARABIC }
      : u,
);

async function settled(path: string) {
  serveUnits(server, units);
  renderApp(path);
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  await waitFor(
    () => {
      expect(screen.queryByText(NOT_ALL_IN)).toBeNull();
      expect(
        screen.queryAllByRole('status').filter((el) => /Đang tải|Loading/.test(el.textContent)),
      ).toEqual([]);
    },
    { timeout: 10_000 },
  );
}

/** The <bdi> elements inside `element`, by their text. */
function bdiTexts(element: Element): string[] {
  return Array.from(element.querySelectorAll('bdi')).map((b) => b.textContent);
}

describe('names in right-to-left letters', () => {
  it('the unit page isolates a neighbour’s name in the sentence that names it', async () => {
    await settled('/units/95?period=2020-08');
    const rank = screen.getByRole('region', { name: RANK });
    const summary = rank.querySelector('.neighbour-summary')!;
    // "Hơn שלום, An Giang (hạng 2) 6,6 điểm %.": the Hebrew name in a <bdi>, the text unmarked.
    const below = within(summary as HTMLElement).getByText(/^Hơn /);
    expect(bdiTexts(below)).toEqual([HEBREW]);
    expect(below.textContent).toMatch(new RegExp(`^Hơn ${HEBREW}, An Giang \\(hạng 2\\)`));
    expect(below.textContent).not.toMatch(MARKS);
    // In the table, the name is a cell of its own; the link's accessible name is the name alone.
    const table = within(rank).getByRole('table', { name: /Liền trên và liền dưới Bạc Liêu/ });
    expect(within(table).getByRole('link', { name: HEBREW })).toHaveAttribute(
      'href',
      '/units/24?period=2020-08',
    );
  });

  it('the unit’s own page: a <bdi> in the caption and the page title isolates it', async () => {
    await settled('/units/24?period=2020-08');
    const rank = screen.getByRole('region', { name: RANK });
    const table = within(rank).getByRole('table', {
      name: new RegExp(`Liền trên và liền dưới ${HEBREW}`),
    });
    expect(bdiTexts(table.querySelector('caption')!)).toEqual([HEBREW]);
    await waitFor(() => expect(document.title).toMatch(new RegExp(`^\u2068${HEBREW}\u2069 — `)));
  });

  it('the overview’s coverage line names the missing unit in a <bdi>', async () => {
    await settled('/?period=2020-08');
    const level4 = screen.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
    const missing = within(level4).getByRole('link', { name: /^Thiếu số liệu:/ });
    expect(bdiTexts(missing)).toContain(ARABIC);
    expect(missing.textContent).not.toMatch(MARKS);
  });

  it('the deck’s coverage note names the missing unit in a <bdi>', async () => {
    await settled('/present?period=2020-08');
    const note = await waitFor(() => {
      const found = document.querySelector('main .slide__note');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(bdiTexts(note)).toContain(ARABIC);
    expect(note.textContent).toContain(`Thiếu số liệu: `);
    expect(note.textContent).not.toMatch(MARKS);
  });

  it('Data health isolates a value in right-to-left letters quoted in a rejection', async () => {
    const hostile = units.map((u) =>
      u.id === '95' && Array.isArray(u.feed)
        ? { ...u, feed: [...u.feed, { period: '2020-06', servicesTotal: HEBREW }] }
        : u,
    );
    serveUnits(server, hostile);
    renderApp('/data');
    const table = await screen.findByRole('table', { name: /Nguồn số liệu của từng đơn vị/ });
    const row = await waitFor(() => {
      const r = within(table).getByRole('link', { name: 'Bạc Liêu' }).closest('tr')!;
      expect(r).toHaveTextContent('Có 1 kỳ báo cáo bị loại');
      return r;
    });
    await userEvent.click(within(row).getByText('Xem 1 kỳ báo cáo bị loại và lý do'));
    const issue = Array.from(row.querySelectorAll('li li')).find((li) =>
      li.textContent.includes('(servicesTotal)'),
    )!;
    expect(bdiTexts(issue)).toEqual([`"${HEBREW}"`]);
    expect(issue.textContent).toBe(
      `Tổng số dịch vụ công (servicesTotal): phải là số nguyên từ 0 đến 1.000.000.000 (giá trị: "${HEBREW}")`,
    );
    expect(issue.textContent).not.toMatch(MARKS);
  });
});
