import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const TITLES = [
  'Chỉ tiêu toàn quốc — Mục tiêu đến 12/2020 theo Nghị quyết 17/NQ-CP',
  'DVC mức độ 4: xu hướng và dự báo',
  'Xếp hạng bộ, ngành: DVC mức độ 4',
  'Bản đồ tỉnh, thành phố: DVC mức độ 4',
  'Đơn vị chậm tiến độ và lý do',
  'Thay đổi thứ hạng lớn nhất so với 07/2020',
  'Vùng Trung du và miền núi phía Bắc',
  'Vùng Đồng bằng sông Hồng',
  'Vùng Bắc Trung Bộ và Duyên hải miền Trung',
  'Vùng Tây Nguyên',
  'Vùng Đông Nam Bộ',
  'Vùng Đồng bằng sông Cửu Long',
];

const TITLES_EN = [
  'National figures — Targets for Dec 2020 under Resolution 17/NQ-CP',
  'Level-4 services: trend and projection',
  'Ministry ranking: Level-4 services',
  'Provinces on the map: Level-4 services',
  'Laggards and the reasons',
  'Biggest rank changes since Jul 2020',
  'Region: Northern Midlands and Mountains',
  'Region: Red River Delta',
  'Region: North Central and Central Coast',
  'Region: Central Highlands',
  'Region: Southeast',
  'Region: Mekong River Delta',
];

/** What a presentation clicker sends for "next" (and a keyboard's other "next" keys). */
const NEXT_KEYS = ['PageDown', 'ArrowRight', 'PageDown', 'ArrowDown', 'Space', 'n'];

/**
 * Body text is at least 28 px on a 1920 × 1080 stage; the stage scales with the screen, so at
 * 1280 × 720 the same text is 28 × 1280 / 1920 ≈ 18.7 px.
 */
const FULL_HD = { width: 1920, height: 1080, minPx: 28 };
const HD = { width: 1280, height: 720, minPx: (28 * 1280) / 1920 };
/** The stage is the same at every size (only scaled), so English is walked at one size. */
const WALKS = [
  { lang: 'vi', size: FULL_HD, titles: TITLES, asOf: 'Số liệu đến 08/2020', query: '' },
  { lang: 'vi', size: HD, titles: TITLES, asOf: 'Số liệu đến 08/2020', query: '' },
  { lang: 'en', size: HD, titles: TITLES_EN, asOf: 'Data as of Aug 2020', query: '?lang=en' },
] as const;

/** The slide on screen: its h1 (print and thumbnail copies use h2 and are hidden). */
function currentSlide(page: Page) {
  return page.locator('.deck__main .slide');
}

async function waitForDeck(page: Page) {
  await expect(page.locator('.deck__main h1')).toBeVisible({ timeout: 30_000 });
}

/**
 * Every piece of text on the current slide as drawn on the screen: its computed font size times
 * the scale it is drawn at (the stage's, and an SVG's own viewBox scale), and any overflow of the
 * slide's content box (text cut off at the bottom or side).
 */
async function measureSlide(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.deck__stage')!;
    const stageScale = stage.getBoundingClientRect().width / stage.offsetWidth;
    const slide = document.querySelector<HTMLElement>('.deck__main .slide')!;
    const sizes: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (text === '' || !el || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      let scale = stageScale;
      if (el instanceof SVGElement) {
        const svg = el instanceof SVGSVGElement ? el : el.ownerSVGElement!;
        const box = svg.viewBox.baseVal;
        const userWidth = box && box.width > 0 ? box.width : svg.width.baseVal.value;
        scale = svg.getBoundingClientRect().width / userWidth;
      }
      sizes.push({ text, px: parseFloat(style.fontSize) * scale });
    }
    const body = slide.querySelector<HTMLElement>('.slide__body')!;
    const overflow = {
      body: body.scrollHeight - body.clientHeight,
      bodyWide: body.scrollWidth - body.clientWidth,
      slide: slide.scrollHeight - slide.clientHeight,
    };
    return { sizes, overflow };
  });
}

for (const { lang, size, titles, asOf, query } of WALKS) {
  test(`steps through the whole deck at ${size.width}×${size.height} (${lang}) with clicker keys, every slide readable`, async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(`/present${query}`);
    await waitForDeck(page);
    // The period under review is frozen into the URL as the deck opens.
    await expect(page).toHaveURL(/\/present\?(lang=en&)?period=2020-08&slide=1$/);

    for (let n = 1; n <= titles.length; n++) {
      const slide = currentSlide(page);
      await expect(slide.getByRole('heading', { level: 1 })).toHaveText(titles[n - 1]!);
      await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
      await expect(slide.locator('.slide__as-of')).toHaveText(asOf);
      await expect(slide.locator('.slide__number [aria-hidden]')).toHaveText(`${n} / 12`);

      const { sizes, overflow } = await measureSlide(page);
      expect(sizes.length, `slide ${n} has text`).toBeGreaterThan(5);
      const tooSmall = sizes.filter((s) => s.px < size.minPx - 0.05);
      expect(tooSmall, `text under ${size.minPx.toFixed(1)} px on slide ${n}`).toEqual([]);
      expect(overflow, `nothing cut off on slide ${n}`).toEqual({
        body: 0,
        bodyWide: 0,
        slide: 0,
      });
      if (n < titles.length) await page.keyboard.press(NEXT_KEYS[n % NEXT_KEYS.length]!);
    }

    // The last slide stays the last; the clicker's "back" keys step back.
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/slide=12$/);
    await page.keyboard.press('PageUp');
    await expect(currentSlide(page).getByRole('heading', { level: 1 })).toHaveText(titles[10]!);
    await page.keyboard.press('ArrowLeft');
    await expect(currentSlide(page).getByRole('heading', { level: 1 })).toHaveText(titles[9]!);
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/slide=1$/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/slide=12$/);
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect(currentSlide(page).getByRole('heading', { level: 1 })).toHaveText(titles[2]!);
    expect(consoleErrors).toEqual([]);
  });
}

test('reopens a slide from its URL; black screen, thumbnails, the presenter’s pick, Esc', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present?period=2020-08&slide=7&pick=42');
  await waitForDeck(page);
  const title = currentSlide(page).getByRole('heading', { level: 1 });
  await expect(title).toHaveText(TITLES[6]!);
  await expect(currentSlide(page).locator('.slide__number [aria-hidden]')).toHaveText('7 / 13');

  // Black screen: "b" or "." (what clickers send); any key brings the same slide back.
  const black = page.locator('.deck-black');
  await page.keyboard.press('b');
  await expect(black).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(black).toHaveCount(0);
  await expect(title).toHaveText(TITLES[6]!);
  await page.keyboard.press('.');
  await expect(black).toBeVisible();
  await page.keyboard.press('x');
  await expect(black).toHaveCount(0);

  // Thumbnails: every slide, the picked unit's last, one click away.
  await page.keyboard.press('g');
  const overview = page.getByRole('dialog', { name: 'Tổng quan bài trình chiếu' });
  await expect(overview).toBeVisible();
  const thumbnails = overview.getByRole('button', { name: /^\d+ / });
  await expect(thumbnails).toHaveCount(13);
  await expect(thumbnails.nth(6)).toBeFocused();
  await thumbnails.nth(12).click();
  await expect(overview).toHaveCount(0);
  await expect(title).toHaveText('Hà Tĩnh');
  await expect(page).toHaveURL(/\?period=2020-08&slide=13&pick=42$/);

  // The presenter adds a ministry called to report: it gets a slide, and the URL keeps it.
  await page.keyboard.press('t');
  await overview.getByLabel('Chọn đơn vị').selectOption({ label: 'Bộ Tài chính' });
  await overview.getByRole('button', { name: 'Thêm trang' }).click();
  await expect(page).toHaveURL(/pick=42&pick=MOF$/);
  await expect(thumbnails).toHaveCount(14);
  await page.keyboard.press('Escape');
  await expect(overview).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(title).toHaveText('Bộ Tài chính');

  // Esc twice leaves the deck (opened from a link: to the overview, keeping the period).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?period=2020-08$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the Present button opens the deck from a screen; Esc and Back return there', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/rankings/ministries?period=2020-06&lang=en');
  await page.getByRole('link', { name: 'Present' }).click();
  await waitForDeck(page);
  await expect(page).toHaveURL(/\/present\?lang=en&period=2020-06&slide=1$/);
  await expect(currentSlide(page).locator('.slide__as-of')).toHaveText('Data as of Jun 2020');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/slide=3$/);
  // Steps replace the history entry: one Back leaves the deck.
  await page.goBack();
  await expect(page).toHaveURL(/\/rankings\/ministries\?period=2020-06&lang=en$/);
  await page.goForward();
  await waitForDeck(page);
  await expect(page).toHaveURL(/slide=3$/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/rankings\/ministries\?period=2020-06&lang=en$/);
  expect(consoleErrors).toEqual([]);
});

test('prints the whole deck to PDF, one slide per page', async ({ page }) => {
  await page.goto('/present?period=2020-08&pick=42&pick=MOF');
  await waitForDeck(page);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(14);
  // 1920 × 1080 CSS px = 1440 × 810 pt: landscape, 16:9.
  expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 1440 810\s*\]/);
});

for (const [lang, slide] of [
  ['vi', 4],
  ['en', 3],
] as const) {
  test(`axe-core finds no violations on a slide and on the overview (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/present?lang=${lang}&period=2020-08&slide=${slide}`);
    await waitForDeck(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press('g');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
