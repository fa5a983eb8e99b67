import AxeBuilder from "@axe-core/playwright";
import { expect, expectAccessible, test } from "../fixtures";
test.use({ viewport: { width: 375, height: 740 } });
test.describe.configure({ timeout: 300_000 });
test("probe admin pages", async ({ page, asRole }) => {
  await asRole("admin");
  const errs: string[] = [];
  for (const path of ["/dashboard", "/admin/cohorts", "/admin/settings", "/admin/audit", "/admin/assessments", "/admin/integrations"]) {
    await page.goto(path);
    const w = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    if (w > 375) errs.push(`${path} ${w}`);
    try { await expectAccessible(page, path); } catch (e) { errs.push(String(e).slice(0, 400)); }
    const order = await new AxeBuilder({ page }).withRules(["heading-order"]).analyze();
    if (order.violations.length) errs.push(`${path} heading order`);
  }
  console.log("ERRS", errs.join("\n"));
  expect(errs).toEqual([]);
});
