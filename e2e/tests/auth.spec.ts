import { DEMO, DEMO_PASSWORD, expect, expectAccessible, openAccountMenu, signInViaApi, test, trpc, unique } from "../fixtures";

const LANDING = {
  learner: /Welcome back, Lena/,
  trainer: /Your cohorts/,
  admin: /Demo Contact Centre/,
} as const;

test.describe("sign-in", () => {
  for (const role of ["learner", "trainer", "admin"] as const) {
    test(`${role} signs in with the form and lands on their dashboard`, async ({ page }) => {
      await page.goto("/login");
      await page.getByLabel("Email").fill(DEMO[role]);
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(LANDING[role]);
      const session = await (await page.context().request.get("/api/auth/session")).json();
      expect(session.user).toMatchObject({ email: DEMO[role], role: role.toUpperCase() });
      await expectAccessible(page, `${role} dashboard`);

      await openAccountMenu(page);
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login/);
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test("a wrong password shows one clear message and keeps the email", async ({ page }) => {
    await page.goto("/login");
    await expectAccessible(page, "login page");
    await page.getByLabel("Email").fill(DEMO.learner);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /do not match an active account/ })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(DEMO.learner);
    await expect(page).toHaveURL(/\/login/);

    // An unknown email gets exactly the same message, so emails cannot be probed.
    await page.getByLabel("Email").fill("nobody@defuse.test");
    await page.getByLabel("Password").fill("whatever-it-is");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /do not match an active account/ })).toBeVisible();
    await expectAccessible(page, "login page with an error");
  });

  test("anonymous visitors of signed-in pages are sent to /login and come back after signing in", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel("Email").fill(DEMO.trainer);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("health reports the database", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });
});

test("repeated wrong passwords lock the account's sign-in for a while, even with the right password", async ({ page, browser }) => {
  const admin = await browser.newContext();
  await signInViaApi(admin.request, DEMO.admin);
  const email = `${unique("locked")}@defuse.test`;
  await trpc(admin.request, "people.create", { name: "Lock Test", email, password: "the-right-password", role: "LEARNER", cohortId: null });
  await admin.close();

  await page.goto("/login");
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form clears the password when the answer arrives; wait for it before typing again.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expect(page.getByRole("alert").filter({ hasText: /do not match an active account/ })).toBeVisible();
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("the-right-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Too many unsuccessful sign-ins/ })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
