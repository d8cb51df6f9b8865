import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every page is watched: an uncaught error or a console error fails the test that caused it.
 * Tests that expect a failing request (the faults scenario) list the messages they allow.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      await use(errors);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the app has rendered a screen and every feed has settled (the loading banner is
 * gone). Checking the banner alone could pass before the app had rendered anything.
 */
export async function waitForFeeds(page: Page, timeout = 30_000) {
  await expect(page.locator('main h1').first()).toBeVisible({ timeout });
  await expect(page.getByRole('status').filter({ hasText: /Đang tải|Loading/ })).toHaveCount(0, {
    timeout,
  });
}

/**
 * axe-core on the current page: every violation, with the nodes it found, or none.
 * One `axe.run` in the page (legacy mode: the app has no iframes to visit) reporting violations
 * in full and passes in brief: the same findings in a quarter of the time of the frame-by-frame
 * run, which serialises every node of a 1,500-element page and finishes in a second page.
 */
export async function expectNoAxeViolations(page: Page) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

/**
 * The text of every child drawn outside its parent's box, for each element `boxes` matches:
 * a figure cut off at the bottom, a count running into the next box. None, when all fit.
 */
export function partsOutside(boxes: Locator): Promise<string[]> {
  return boxes.evaluateAll((all) =>
    all.flatMap((parent) => {
      const box = parent.getBoundingClientRect();
      return [...parent.children]
        .filter((part) => {
          const r = part.getBoundingClientRect();
          return (
            r.top < box.top - 0.5 ||
            r.bottom > box.bottom + 0.5 ||
            r.left < box.left - 0.5 ||
            r.right > box.right + 0.5
          );
        })
        .map((part) => `${parent.textContent}: “${part.textContent}”`);
    }),
  );
}
