import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";

// Issue 17, item 10: every trainer and admin page fits a 375 px phone without sideways scrolling,
// keeps axe clean, and keeps its headings in order.
test.describe.configure({ timeout: 300_000 });
test.use({ viewport: { width: 375, height: 740 } });

async function expectFitsAndAccessible(page: Page, what: string) {
  await page.waitForLoadState("networkidle");
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `${what} is ${width} px wide at 375 px`).toBeLessThanOrEqual(375);
  await expectAccessible(page, `${what} at 375 px`);
  // heading-order is a "moderate" rule, so expectAccessible lets it through; item 10 names it.
  const order = await new AxeBuilder({ page }).withRules(["heading-order"]).analyze();
  expect(order.violations.map((v) => v.nodes.map((n) => n.target.join(" ")).join(", ")), `${what}: heading order`).toEqual([]);
}

/** The hrefs a page links to that match `pattern` (to reach pages whose ids come from the seed). */
async function firstHref(page: Page, pattern: RegExp) {
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern}`).toBeTruthy();
  return href!;
}

async function asTrainerVisiting(page: Page) {
  return async (path: string, what: string) => {
    await page.goto(path);
    await expectFitsAndAccessible(page, what);
  };
}

// Two tests so that the two workers share the trainer's pages (axe takes seconds per page).
test("the trainer's cohort pages and review pages fit 375 px and pass axe", async ({ page, asRole }) => {
  await asRole("trainer");
  const visit = await asTrainerVisiting(page);
  await visit("/dashboard", "trainer dashboard");
  await visit("/trainer", "cohorts");
  await visit(await firstHref(page, /^\/trainer\/cohorts\/[^/]+$/), "cohort dashboard");
  await visit("/trainer/reviews", "review queue");
  await visit(await firstHref(page, /^\/trainer\/reviews\/[^/?]+$/), "review page");
});

test("the trainer's reports, certificates and pack fit 375 px and pass axe", async ({ page, asRole }) => {
  await asRole("trainer");
  const visit = await asTrainerVisiting(page);
  await visit("/trainer/reviews?state=RELEASED", "reviews done");
  await visit("/trainer/agreement", "agreement report");
  await visit("/trainer/certificates", "certificates");
  await visit("/trainer/pack", "team-leader pack");
  await visit(await firstHref(page, /^\/trainer\/pack\/[^/]+$/), "job aid");
});

test("every admin page fits 375 px and passes axe", async ({ page, asRole }) => {
  await asRole("admin");
  for (const [path, what] of [
    ["/dashboard", "admin dashboard"],
    ["/admin/people", "people"],
    ["/admin/cohorts", "admin cohorts"],
    ["/admin/settings", "settings"],
    ["/admin/audit", "audit log"],
    ["/admin/assessments", "assessments"],
    ["/admin/integrations", "integrations"],
  ] as const) {
    await page.goto(path);
    await expectFitsAndAccessible(page, what);
  }
});

test("at 375 px the top navigation is one row behind a menu button that works by keyboard", async ({ page, asRole }) => {
  await asRole("trainer");
  await page.goto("/trainer/reviews");
  const header = page.getByRole("banner");
  const menu = header.getByRole("button", { name: "Menu" });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scoring agreement" })).toBeHidden();
  expect((await header.boundingBox())!.height).toBeLessThan(80);

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const agreement = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scoring agreement" });
  await expect(agreement).toBeVisible();
  await expectFitsAndAccessible(page, "the open menu");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" })).toBeFocused();
  await agreement.click();
  await expect(page).toHaveURL(/\/trainer\/agreement$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test("the menu button is not shown and the navigation sits in the bar", async ({ page, asRole }) => {
    await asRole("trainer");
    await page.goto("/trainer");
    await expect(page.getByRole("banner").getByRole("button", { name: "Menu" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scoring agreement" })).toBeVisible();
  });
});
