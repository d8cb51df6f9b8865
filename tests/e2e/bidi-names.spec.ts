import type { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { STATIC_BASE_URL } from '../../playwright.config';
import { expect, test, waitForFeeds } from './fixtures';

/**
 * Issue 18, "no reversed sentence": a publisher whose units are named in right-to-left letters.
 * The static deployment's registry is served with fifteen provinces renamed in Hebrew and Arabic
 * (their feeds answer 404, so every coverage line lists them) and one region renamed in Hebrew.
 * A sentence that names them must read in order on screen: each name where the sentence puts it,
 * "và 10 đơn vị khác" after the names, never "khác vị đơn 10 và" or the names swapped.
 */
const RTL_NAMES = [
  'ירושלים',
  'القاهرة',
  'חיפה',
  'بغداد',
  'אילת',
  'دمشق',
  'נתניה',
  'بيروت',
  'עכו',
  'تونس',
  'צפת',
  'الرباط',
  'טבריה',
  'عمان',
  'אשדוד',
];
/** Two more renamed provinces whose feeds answer: ranked, with a unit page and neighbours. */
const RANKED_NAMES = ['מודיעין', 'حلب'];
const REGION = 'גליל';
const HELD = 7;
const MARKS = /[\u2066-\u2069\u202A-\u202E]/;

interface Registry {
  regions: { id: string; name: { vi: string; en: string } }[];
  units: { id: string; kind: string; name: { vi: string; en: string }; feed: string }[];
}

/**
 * Serves the static site's registry renamed, and 404 for the fifteen renamed units' feeds (or no
 * answer at all); the ids of those fifteen, then of the two ranked ones.
 */
async function renamed(
  page: Page,
  feeds: 'fail' | 'hold' = 'fail',
): Promise<{ missing: string[]; ranked: string[] }> {
  const response = await page.request.get(`${STATIC_BASE_URL}/data/registry.json`);
  const registry = (await response.json()) as Registry;
  const provinces = registry.units.filter((u) => u.kind === 'province');
  const rename = (units: Registry['units'], names: readonly string[]) =>
    units.slice(0, names.length).map((u, i) => {
      u.name = { vi: names[i]!, en: names[i]! };
      return u.id;
    });
  // Every third province from the second, so the renamed ones are spread over the country.
  const missing = rename(
    provinces.filter((_, i) => i % 3 === 1),
    RTL_NAMES,
  );
  const ranked = rename(
    provinces.filter((_, i) => i % 3 === 2),
    RANKED_NAMES,
  );
  registry.regions[0]!.name = { vi: REGION, en: REGION };
  await page.route('**/data/registry.json', (route) => route.fulfill({ json: registry }));
  await page.route('**/data/feeds/*.json', async (route) => {
    const id = /\/feeds\/([^/]+)\.json$/.exec(route.request().url())?.[1] ?? '';
    if (!missing.includes(id)) return route.continue();
    // Held: never answered while the test looks. Only seven, since the client asks at most eight
    // feeds at once and the others must still arrive.
    if (feeds === 'hold') return missing.indexOf(id) < HELD ? undefined : route.continue();
    return route.fulfill({ status: 404, body: 'not here' });
  });
  return { missing, ranked };
}

/**
 * Where each of `parts` (in the order the sentence has them) starts on screen, left to right:
 * the left edge of the first rendered box of that stretch of the element's text.
 */
async function visualLefts(element: Locator, parts: readonly string[]) {
  return element.evaluate((root, wanted) => {
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: text.length });
      text += (n as Text).data;
    }
    const at = (index: number) => {
      const hit = nodes.findLast((x) => x.start <= index)!;
      return { node: hit.node, offset: index - hit.start };
    };
    let from = 0;
    return wanted.map((part) => {
      const index = text.indexOf(part, from);
      if (index < 0) return { part, left: NaN, top: NaN };
      from = index + part.length;
      const range = document.createRange();
      const start = at(index);
      const end = at(index + part.length - 1);
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset + 1);
      const box = range.getBoundingClientRect();
      return { part, left: box.left, top: box.top };
    });
  }, parts);
}

/**
 * The sentence reads in its logical order on screen: every part right of the one before on the
 * same line, or on a later line (a left-to-right paragraph may wrap between parts).
 */
async function expectInOrder(element: Locator, parts: readonly string[]) {
  const lefts = await visualLefts(element, parts);
  expect(
    lefts.every((p) => Number.isFinite(p.left)),
    JSON.stringify(lefts),
  ).toBe(true);
  for (let i = 1; i < lefts.length; i++) {
    const [before, after] = [lefts[i - 1]!, lefts[i]!];
    const later =
      Math.round(after.top) > Math.round(before.top) ||
      (Math.round(after.top) === Math.round(before.top) && after.left > before.left);
    expect(later, `${after.part} after ${before.part}: ${JSON.stringify(lefts)}`).toBe(true);
  }
}

/** The names a coverage or pending sentence lists, as it lists them ("A, B, C và 12 …"). */
function listed(text: string, before: string, after: RegExp): string[] {
  const start = text.indexOf(before) + before.length;
  const rest = text.slice(start);
  const end = rest.search(after);
  return rest.slice(0, end).split(', ');
}

test.use({ viewport: { width: 1440, height: 900 } });

test('the overview’s coverage line lists right-to-left names in order, "và 10 đơn vị khác" after them', async ({
  page,
}) => {
  await renamed(page);
  await page.goto(`${STATIC_BASE_URL}/?period=2020-08`);
  await waitForFeeds(page);
  const level4 = page.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
  const line = level4.getByRole('link', { name: /^Thiếu số liệu:/ });
  const text = await line.innerText();
  expect(text).not.toMatch(MARKS);
  expect(text).toMatch(/ và 10 đơn vị khác$/);
  const names = listed(text, 'Thiếu số liệu: ', / và \d+ đơn vị khác$/);
  expect(names).toHaveLength(5);
  expect(names.every((n) => RTL_NAMES.includes(n))).toBe(true);
  await expect(line.locator('bdi')).toHaveText(names);
  await expectInOrder(line, ['Thiếu số liệu', ...names, 'và', '10', 'đơn vị khác']);

  // In English too: "No data from: A, B, C, D, E and 10 more".
  await page.goto(`${STATIC_BASE_URL}/?period=2020-08&lang=en`);
  await waitForFeeds(page);
  const en = page
    .getByRole('region', { name: 'Level-4 online public services' })
    .getByRole('link', { name: /^No data from:/ });
  const enText = await en.innerText();
  expect(enText).toMatch(/ and 10 more$/);
  await expectInOrder(en, [
    'No data from',
    ...listed(enText, 'No data from: ', / and \d+ more$/),
    'and',
    '10',
    'more',
  ]);
});

test('the deck: the coverage note, the region slide and a picked unit’s slide read in order', async ({
  page,
}) => {
  const { ranked } = await renamed(page);
  await page.goto(`${STATIC_BASE_URL}/present?period=2020-08&pick=${ranked[1]}`);
  const note = page.locator('main .slide__note');
  await expect(note).toContainText('Thiếu số liệu: ');
  const text = await note.innerText();
  expect(text).not.toMatch(MARKS);
  const names = listed(text, 'Thiếu số liệu: ', / và \d+ đơn vị khác/);
  expect(names).toHaveLength(3);
  await expectInOrder(note, ['Thiếu số liệu', ...names, 'và', '12', 'đơn vị khác']);

  // The region slide: "Vùng גליל" as its title; the page title isolates the name.
  const heading = page.getByRole('heading', { level: 1 });
  await page.keyboard.press('End');
  await expect(heading).toHaveText(RANKED_NAMES[1]!);
  await expect(heading.locator('bdi')).toHaveText(RANKED_NAMES[1]!);
  await expect(page).toHaveTitle(new RegExp(`\\d+/\\d+ \u2068${RANKED_NAMES[1]}\u2069`));
  // Back one slide at a time (each step awaited) to the renamed region's slide.
  for (let i = 0; i < 30; i++) {
    const shown = await heading.innerText();
    if (shown === `Vùng ${REGION}`) break;
    await page.keyboard.press('ArrowLeft');
    await expect(heading).not.toHaveText(shown);
  }
  await expect(heading).toHaveText(`Vùng ${REGION}`);
  await expectInOrder(heading, ['Vùng', REGION]);
});

test('the deck’s "waiting for" list: "A, B, … and 3 more" in order while feeds are awaited', async ({
  page,
}) => {
  await renamed(page, 'hold');
  await page.goto(`${STATIC_BASE_URL}/present?period=2020-08&lang=en`);
  const pending = page.locator('main .slide__pending');
  await expect(pending).toContainText('more');
  // The list shrinks as feeds arrive: read it and measure it until one reading holds still.
  await expect(async () => {
    const text = await pending.innerText();
    expect(text).not.toMatch(MARKS);
    const names = listed(text, 'Waiting for the figures of ', / and \d+ more/);
    const more = / and (\d+) more/.exec(text)![1]!;
    expect(names).toHaveLength(6);
    await expect(pending.locator('bdi')).toHaveText(names, { timeout: 100 });
    await expectInOrder(pending, ['Waiting for', ...names, 'and', more, 'more']);
  }).toPass({ timeout: 30_000 });
});

/** The main navigation's name and the links the walks below follow, in each language. */
const NAV = {
  vi: { label: 'Điều hướng chính', overview: 'Tổng quan', provinces: 'Xếp hạng tỉnh, thành' },
  en: { label: 'Main navigation', overview: 'Overview', provinces: 'Province rankings' },
} as const;

/** Chooses `item` in the export menu of `scope`; the file the browser receives. */
async function download(page: Page, scope: Locator, item: string): Promise<Download> {
  await scope.getByRole('button', { name: /^Tải xuống \/ chia sẻ/ }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item, exact: true }).click(),
  ]);
  return file;
}

test('exports: the image names the unit isolated, the CSV and the file names carry no marks', async ({
  page,
}) => {
  const { ranked } = await renamed(page);
  await page.goto(`${STATIC_BASE_URL}/units/${ranked[0]}?period=2020-08`);
  await waitForFeeds(page);
  const trend = page.getByRole('figure', {
    name: `Tỷ lệ dịch vụ công trực tuyến mức độ 4 của ${RANKED_NAMES[0]}`,
  });
  const svgFile = await download(page, trend, 'SVG (vector)');
  expect(svgFile.suggestedFilename()).not.toMatch(MARKS);
  const svg = (await readFile(await svgFile.path())).toString('utf8');
  // The title in the image: the name isolated, so the words around it keep their places.
  expect(svg).toContain(`của \u2068${RANKED_NAMES[0]}\u2069`);

  await page
    .getByRole('navigation', { name: NAV.vi.label })
    .getByRole('link', { name: NAV.vi.overview, exact: true })
    .click();
  await expect(page).toHaveURL(/^[^?]+\/\?period=2020-08$/);
  await waitForFeeds(page);
  const map = page.getByRole('figure', { name: /Bản đồ tỉnh, thành phố/ });
  const csvFile = await download(page, map, 'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)');
  expect(csvFile.suggestedFilename()).not.toMatch(MARKS);
  const csv = (await readFile(await csvFile.path())).toString('utf8');
  expect(csv).toContain(`"${RTL_NAMES[0]}"`);
  expect(csv).not.toMatch(MARKS);
  const mapSvg = (
    await readFile(await (await download(page, map, 'SVG (vector)')).path())
  ).toString('utf8');
  // The coverage note under the map names the missing units, each isolated.
  expect(mapSvg).toMatch(new RegExp(`Thiếu số liệu: \u2068[^\u2069]+\u2069, \u2068`));
});

// Each language once and each layout (phone, desktop) once: the marks come from the names, which
// are the same in both languages, and the layouts draw them with different components.
for (const [lang, width] of [
  ['vi', 390],
  ['en', 1440],
] as const) {
  test(`a unit page, the overview, the rankings and the deck, ${lang}, ${width} px: no mark in the text`, async ({
    page,
  }) => {
    const { ranked } = await renamed(page);
    // The page's text, hidden text too; a <select>'s options are plain text and keep the marks.
    const noMarks = async () =>
      expect(
        await page.locator('body').evaluate((body) => {
          const copy = body.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('select, script, style').forEach((e) => e.remove());
          return copy.textContent;
        }),
      ).not.toMatch(MARKS);
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(`${STATIC_BASE_URL}/units/${ranked[0]}?period=2020-08&lang=${lang}`);
    await waitForFeeds(page);
    await noMarks();
    // The app's own links from here: a load costs more than the screens it opens.
    const nav = page.getByRole('navigation', { name: NAV[lang].label });
    await nav.getByRole('link', { name: NAV[lang].overview, exact: true }).click();
    await expect(page).toHaveURL(/^[^?]+\/\?(?=.*period=2020-08)(?=.*lang=)/);
    await waitForFeeds(page);
    await noMarks();
    await nav.getByRole('link', { name: NAV[lang].provinces, exact: true }).click();
    await expect(page).toHaveURL(/\/rankings\/provinces\?(?=.*period=2020-08)/);
    await waitForFeeds(page);
    // The renamed units' links name them alone, their <bdi> set apart from the "my unit" mark.
    await expect(
      page.getByRole('rowheader', { name: RANKED_NAMES[0], exact: true }).locator('bdi'),
    ).toHaveText(RANKED_NAMES[0]!);
    await noMarks();
    await page.goto(`${STATIC_BASE_URL}/present?period=2020-08&lang=${lang}&pick=${ranked[1]}`);
    await expect(page.locator('main .slide__note')).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(RANKED_NAMES[1]!);
    await noMarks();
  });
}
