/**
 * Defuse inside an LMS, in Chromium: the platform simulator of the LTI integration tests
 * (packages/api/test/lti/platform-simulator.ts, real RS256 keys, JWKS, OIDC, token endpoint, AGS)
 * runs here on a loopback port with its browser pages: a teacher's "add an activity" page, a course
 * page and a gradebook, each framing Defuse the way Moodle or Canvas does.
 *
 * Cookies: inside an LMS iframe Defuse is normally a third party, so over HTTPS its LTI cookies are
 * `SameSite=None; Secure`. This test runs on plain http://127.0.0.1, where `Secure` cookies cannot
 * be set, so Defuse falls back to `SameSite=Lax`. The simulated LMS therefore listens on the same
 * host as Defuse, on another port (playwright.config.ts, LMS_PORT): ports do not make another site,
 * so the frame is same-site, its Lax cookies are sent, and the real OIDC flow (login initiation,
 * form-posted id_token, launch) runs unchanged. No Chromium flag relaxes cookie rules. The framing
 * itself is governed by LTI_FRAME_ANCESTORS, which the config sets to the simulated LMS's origin.
 * The last test loads the same course page from another site (localhost) to show what a learner
 * sees when the browser keeps the launch's cookie from Defuse.
 */
import type { FrameLocator, Page } from "@playwright/test";
import { PlatformSimulator } from "../../packages/api/test/lti/platform-simulator";
import { DEMO, expect, expectAccessible, signInViaApi, test, trpc, unique } from "../fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`;
const LMS_PORT = Number(process.env.E2E_LMS_PORT ?? PORT + 1000);

// The billing-error replies that resolve the call (as in learner-practice.spec.ts).
const SKILLED = [
  "I'm so sorry, Sandra. I can hear how worrying that charge is, especially after waiting so long on hold. I'm going to sort this out for you myself. Can you tell me what the extra line on the bill says?",
  "Thank you, that really helps. That equipment charge is for your old router: it's added automatically when a return hasn't been scanned in. Did you manage to send the old router back?",
  "That's brilliant, thank you. Because you have the Post Office receipt, I'll remove the £59.98 fee right now and refund it to your card today. It usually shows within 3 to 5 working days, so it will be back before Friday. I'll call you back on Thursday to check it has landed.",
  "Is there anything else I can help you with today?",
];

test.describe.configure({ mode: "serial" });

let lms: PlatformSimulator;
const scenarioTitle = `Priya's tripled bill ${unique("e2e")}`;
const learnerSub = unique("lms-learner");
const teacherSub = unique("lms-teacher");

test.beforeAll(async () => {
  lms = await new PlatformSimulator().start(LMS_PORT);
  lms.clientId = unique("lms-client");
  lms.toolUrl = BASE_URL;
  lms.toolJwksUrl = `${BASE_URL}/api/lti/jwks`;
  lms.people = { [learnerSub]: "Robin Agent", [teacherSub]: "Taylor Teacher" };
});
test.afterAll(async () => {
  await lms?.stop();
});

/** Sends replies one by one inside the frame, waiting for each to be answered; stops when the call ends. */
async function say(frame: FrameLocator, lines: string[]) {
  const turns = frame.getByTestId("turn");
  for (const line of lines) {
    if (await frame.getByTestId("outcome").isVisible()) break;
    const before = await turns.count();
    await frame.getByLabel(/Your reply to/).fill(line);
    await frame.getByRole("button", { name: "Send" }).click();
    await expect(turns).toHaveCount(before + 1, { timeout: 30_000 });
    await expect(frame.getByLabel(/Your reply to/).or(frame.getByTestId("outcome"))).toBeVisible({ timeout: 30_000 });
  }
}

test("an admin registers the LMS by hand in Integrations", async ({ browser }) => {
  const context = await browser.newContext();
  await signInViaApi(context.request, DEMO.admin);
  const page = await context.newPage();
  await page.goto("/admin/integrations");
  const reg = lms.registration();
  await page.getByLabel("Platform name").fill(reg.name);
  await page.getByLabel("Platform ID (issuer)").fill(reg.issuer);
  await page.getByLabel("Client ID").fill(reg.clientId);
  await page.getByLabel("Deployment IDs").fill(reg.deploymentIds.join(", "));
  await page.getByLabel("Public keyset URL").fill(reg.jwksUrl);
  await page.getByLabel("Authentication request URL").fill(reg.authUrl);
  await page.getByLabel("Access token URL").fill(reg.tokenUrl);
  // Instructors are learners unless the admin chooses otherwise; this course's teacher deep-links next, so they become trainers.
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Register platform" }) });
  await expect(form.getByLabel("LMS instructors become")).toHaveValue("learner");
  await form.getByLabel("LMS instructors become").selectOption("trainer");
  await page.getByRole("button", { name: "Register platform" }).click();
  // Generating the registration's RS256 key on a cold, loaded server can take more than the default 10 s.
  await expect(page.getByRole("status").filter({ hasText: "Platform registered." })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(reg.clientId, { exact: true })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: reg.clientId }).getByLabel("LMS instructors become")).toHaveValue("trainer");
  await context.close();
});

test("a teacher deep-links an authored scenario from the LMS; the LMS verifies the signed response and its line item", async ({ browser }) => {
  // A trainer of the organisation has written and published a scenario of their own.
  const trainer = await browser.newContext();
  await signInViaApi(trainer.request, DEMO.trainer);
  const created = await trpc<{ id: string; key: string }>(trainer.request, "authoring.create", { from: "billing-error", title: scenarioTitle });
  await trpc(trainer.request, "authoring.publish", { id: created.id });
  await trainer.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${lms.url}/teacher?as=${teacherSub}`);
  const frame = page.frameLocator('iframe[title="Choose an activity from Defuse"]');
  await expect(frame.getByRole("heading", { name: "Add Defuse activities to your course" })).toBeVisible({ timeout: 30_000 });
  const scenarios = frame.getByRole("group", { name: "Role-play scenarios (scored)" });
  await expect(scenarios.getByRole("checkbox", { name: "The bill that tripled" })).toBeVisible();
  await expectAccessible(page, "deep-linking picker inside the LMS frame");

  await scenarios.getByRole("checkbox", { name: scenarioTitle }).check();
  await frame.getByRole("button", { name: "Add to course" }).click();
  // Defuse form-posts the signed LtiDeepLinkingResponse to the LMS, which verifies it against /api/lti/jwks.
  await expect(frame.getByRole("heading", { name: "Activity added to the course" })).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByRole("status")).toContainText("verified against its published keyset");
  await expect(frame.getByRole("listitem")).toHaveText([`${scenarioTitle} (opens /practice/${created.key}; gradebook column “${scenarioTitle}”, out of 100)`]);
  const response = lms.deepLinkResponses.at(-1)!;
  expect(response["https://purl.imsglobal.org/spec/lti/claim/message_type"]).toBe("LtiDeepLinkingResponse");
  expect(response["https://purl.imsglobal.org/spec/lti-dl/claim/data"]).toBe("course-1");
  await context.close();
});

test("a learner opens that activity in the LMS course page, completes the call inside the frame, and the gradebook shows the score, pending and then after the trainer's release", async ({ browser }) => {
  test.setTimeout(480_000);
  const link = lms.links.find((l) => l.title === scenarioTitle);
  expect(link, "the teacher's deep link added the activity to the course").toBeTruthy();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${lms.url}/course?as=${learnerSub}&link=${link!.id}`);
  const frame = page.frameLocator(`iframe[title="${scenarioTitle} (Defuse)"]`);
  // The OIDC launch signed the learner in (created on first launch) and opened the scenario's briefing.
  await expect(frame.getByRole("button", { name: /free-text/ })).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, "scenario briefing inside the LMS frame");
  await frame.getByRole("button", { name: /free-text/ }).click();
  await expect(frame.getByRole("meter", { name: "Customer tension" })).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, "role-play inside the LMS frame");
  await say(frame, SKILLED);
  await expect(frame.getByTestId("outcome")).toContainText("resolved");
  await frame.getByRole("button", { name: "See my scorecard" }).click();
  await expect(frame.getByRole("heading", { name: "Your scorecard" })).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByText("Passed", { exact: true })).toBeVisible();
  await expectAccessible(page, "scorecard inside the LMS frame");
  const score = ((await frame.getByTestId("score").textContent()) ?? "").trim(); // "NN/100"
  const attemptUrl = page.frames().find((f) => f.url().includes("/practice/"))?.url() ?? "";
  expect(score).toMatch(/^\d+\/100$/);

  // Grade passback runs from the job queue's once-a-minute sweep; the LMS gradebook shows the score.
  await page.getByRole("link", { name: "Gradebook" }).click();
  const row = page.getByRole("row", { name: /Robin Agent/ });
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 180_000, intervals: [5_000] });
  // Practice calls wait for a trainer's review, so the LMS first gets the automatic score as PendingManual.
  await expect(row.getByRole("cell")).toHaveText([scenarioTitle, score.replace("/", " / "), "Completed", "PendingManual"]);
  await expectAccessible(page, "the LMS gradebook");

  // A trainer releases the review, raising one criterion (with the comment an override needs): the
  // LMS then gets the official score as FullyGraded.
  const attemptId = /\/practice\/[\w-]+\/([a-z0-9]+)$/.exec(attemptUrl)?.[1];
  expect(attemptId, `the attempt's id in ${attemptUrl}`).toBeTruthy();
  const trainer = await browser.newContext();
  await signInViaApi(trainer.request, DEMO.trainer);
  const review = await trpc<{ criteria: { criterionId: string; level: number }[] }>(trainer.request, "review.get", { attemptId }, "query");
  const raise = review.criteria.findIndex((c) => c.level < 4);
  const released = await trpc<{ score: number }>(trainer.request, "review.release", {
    attemptId,
    criteria: review.criteria.map((c, i) => ({ criterionId: c.criterionId, level: i === raise ? c.level + 1 : c.level, comment: i === raise ? "Better than the automatic level: the refund timeline was concrete." : null })),
    comment: "A calm, well-paced call.",
  });
  await trainer.close();
  await expect(async () => {
    await page.reload();
    await expect(row.getByRole("cell").last()).toHaveText("FullyGraded", { timeout: 1_000 });
  }).toPass({ timeout: 180_000, intervals: [5_000] });
  await expect(row.getByRole("cell")).toHaveText([scenarioTitle, `${released.score} / 100`, "Completed", "FullyGraded"]);
  await context.close();
});

test("opened from another site, where the browser keeps the launch's cookie from Defuse, the frame explains what to do", async ({ browser }) => {
  const link = lms.links.find((l) => l.title === scenarioTitle)!;
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  // localhost is another site than 127.0.0.1: Defuse's Lax state cookie is not sent with the platform's cross-site form post.
  await page.goto(`http://localhost:${LMS_PORT}/course?as=${learnerSub}&link=${link.id}`);
  const frame = page.frameLocator(`iframe[title="${scenarioTitle} (Defuse)"]`);
  await expect(frame.getByRole("heading", { name: "Defuse could not open this activity" })).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByRole("alert")).toContainText("did not send back the cookie");
  await expect(frame.getByText("Go back to the course and open the activity in a new window")).toBeVisible();
  await expect(frame.getByRole("link", { name: "sign in to Defuse in a new window" })).toHaveAttribute("target", "_blank");
  await expectAccessible(page, "blocked-cookie page inside the LMS frame");
  await context.close();
});
