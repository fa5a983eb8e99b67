import { expect, expectAccessible, test } from "../fixtures";

test.describe("header navigation", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("an admin's tools fit on one line and the learner pages sit under a Learning menu usable by keyboard", async ({ page, asRole }) => {
    await asRole("admin");
    await page.goto("/dashboard");
    const nav = page.getByRole("navigation", { name: "Main" });
    const links = nav.getByRole("link");
    await expect(links).toHaveText(["Dashboard", "Reviews", "Scoring agreement", "Scenarios", "People", "Cohorts", "Settings", "Audit log"]);
    // One line: every link of the bar and both menu buttons share one vertical position.
    const tops = await page.locator("header nav a:visible, header button[aria-expanded]:visible").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    // ... the account menu included: the header is one row high.
    expect((await page.locator("header").boundingBox())!.height).toBeLessThan(80);

    const menu = nav.getByRole("button", { name: "Learning" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "Practice" })).toBeHidden();
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expectAccessible(page, "the open Learning menu");
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();

    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Practice" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/practice$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });

  test("a learner sees every learning page in the bar, and their account menu under their name", async ({ page, asRole }) => {
    await asRole("learner");
    await page.goto("/dashboard");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveText(["Dashboard", "Courses", "Practice", "Progress"]);
    await expect(nav.getByRole("button")).toHaveCount(0);
    const account = page.getByRole("banner").getByRole("button", { name: "Lena Learner · Learner" });
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
    await account.click();
    await expect(account).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("link", { name: "Change password" })).toBeVisible();
    // A click anywhere else closes it.
    await page.getByRole("heading", { level: 1 }).click();
    await expect(account).toHaveAttribute("aria-expanded", "false");
  });

  // perf26: the header is one client component built from plain props; its menus must work as before.
  test("the account menu works by keyboard, is labelled, and axe finds nothing serious with it open", async ({ page, asRole }) => {
    await asRole("trainer");
    await page.goto("/trainer");
    const banner = page.getByRole("banner");
    const account = banner.getByRole("button", { name: /· Trainer$/ });
    await expect(account).toHaveAttribute("aria-expanded", "false");
    const panel = page.locator(`[id="${await account.getAttribute("aria-controls")}"]`);
    await expect(panel).toBeHidden();
    await account.focus();
    await page.keyboard.press("Enter");
    await expect(account).toHaveAttribute("aria-expanded", "true");
    await expect(panel.getByRole("link", { name: "Change password" })).toBeVisible();
    await expect(panel.getByRole("link", { name: "Email reminders" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expectAccessible(page, "the open account menu");
    await page.keyboard.press("Tab");
    await expect(panel.getByRole("link", { name: "Change password" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(account).toHaveAttribute("aria-expanded", "false");
    await expect(account).toBeFocused();
    await expect(panel).toBeHidden();
    // Opening one menu and then the other leaves one open: a click on the second is a click outside the first.
    const learning = page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Learning" });
    await learning.click();
    await expect(learning).toHaveAttribute("aria-expanded", "true");
    await account.click();
    await expect(learning).toHaveAttribute("aria-expanded", "false");
    await expect(account).toHaveAttribute("aria-expanded", "true");
  });

  test("a header link is a client-side navigation (no reload), and the menu it was in closes", async ({ page, asRole }) => {
    await asRole("admin");
    await page.goto("/dashboard");
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Audit log" }).click();
    await expect(page).toHaveURL(/\/admin\/audit$/);
    const learning = nav.getByRole("button", { name: "Learning" });
    await learning.click();
    await nav.getByRole("link", { name: "Progress" }).click();
    await expect(page).toHaveURL(/\/progress$/);
    await expect(learning).toHaveAttribute("aria-expanded", "false");
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect(page.getByRole("banner").getByRole("button", { name: /· Admin$/ })).toBeVisible();
  });
});
