import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** Fails the test if axe-core finds any WCAG 2.0/2.1/2.2 A or AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `Accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * `page` that scans every page it lands on: each completed navigation is checked
 * with axe-core before the test moves on, and once more at the end of the test.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, provide) => {
    const scanned = new Set<string>();
    const scan = async () => {
      const url = page.url();
      if (url === "about:blank" || scanned.has(url)) return;
      await page.waitForLoadState("load");
      scanned.add(url);
      await expectAccessible(page);
    };
    const originalGoto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await originalGoto(url, options);
      await scan();
      return response;
    };
    await provide(page);
    if (!page.isClosed()) await scan();
  },
});

/** Call after an action that lands on a new page, so that page is scanned too. */
export async function landedOn(page: Page, path: string | RegExp): Promise<void> {
  await expect(page).toHaveURL(path);
  await page.waitForLoadState("load");
  // After a server action redirects, the URL changes before the new page's <title> is in place.
  await expect(page).toHaveTitle(/\S/);
  await expectAccessible(page);
}

export { expect };
