import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO, expect, signInViaApi, trpc, unique } from "../fixtures";

/**
 * A learner of their own for a test that changes learner state, created through the admin API so
 * tests never share rows. Returns a signed-in browser context for them.
 */
export async function newLearner(browser: Browser, name = "Robin Tester"): Promise<{ context: BrowserContext; email: string; name: string }> {
  const admin = await browser.newContext();
  await signInViaApi(admin.request, DEMO.admin);
  const email = `${unique("learner")}@defuse.test`;
  const password = "a-good-learner-pass";
  await trpc(admin.request, "people.create", { name, email, password, role: "LEARNER", cohortId: null });
  await admin.close();
  const context = await browser.newContext();
  await signInViaApi(context.request, email, password);
  return { context, email, name };
}

/** Sends replies one by one, waiting for each to be stored and answered; stops when the call ends (a learner's call or a play-test). */
export async function say(page: Page, lines: string[]) {
  const turns = page.getByTestId("turn");
  for (const line of lines) {
    if (await page.getByTestId("outcome").isVisible()) break;
    const before = await turns.count();
    await page.getByLabel(/Your reply to/).fill(line);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(turns).toHaveCount(before + 1);
    await expect(page.getByLabel(/Your reply to/).or(page.getByTestId("outcome"))).toBeVisible();
  }
}
