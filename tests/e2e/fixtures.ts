import { test as base, expect, type Page } from '@playwright/test';

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

/** Waits until every feed has settled (the loading banner is gone). */
export async function waitForFeeds(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Đang tải|Loading/ })).toHaveCount(0, {
    timeout: 30_000,
  });
}

/** axe-core on the current page: every violation, with the nodes it found, or none. */
export async function expectNoAxeViolations(page: Page) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}
