import type { Browser, BrowserContext } from "@playwright/test";
import { DEMO, signInViaApi, trpc, unique } from "../fixtures";

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
