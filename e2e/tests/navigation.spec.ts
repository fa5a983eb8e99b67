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
});
