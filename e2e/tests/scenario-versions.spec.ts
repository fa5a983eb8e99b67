import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signInViaApi, test, trpc, unique } from "../fixtures";
import { say } from "./learner-helpers";

// Issue 13: a draft the engine could not finish can be play-tested to see why, and every screen
// that shows an attempt names the scenario version it was played on.

test.describe.configure({ timeout: 300_000 });

const SKILLED = [
  "I'm so sorry. I can hear how worrying that charge is. I'm going to sort this out for you myself. Can you tell me what the extra line on the bill says?",
  "Thank you, that really helps. That charge is for your old router. Did you manage to send the old router back?",
  "Because you have the receipt, I'll remove the fee right now and refund it to your card today, and I'll call you back on Thursday to check it has landed.",
];
const RUDE = ["Calm down, it's not my fault.", "That's just our policy, there's nothing I can do.", "You should have read the terms."];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drafts are edited as plain JSON
type Draft = { scenario: Record<string, any> };
async function editDraft(request: APIRequestContext, id: string, change: (d: Draft) => void) {
  const got = await trpc<{ draft: Draft; revision: number }>(request, "authoring.get", { id }, "query");
  const draft = structuredClone(got.draft);
  change(draft);
  await trpc(request, "authoring.saveDraft", { id, revision: got.revision, text: JSON.stringify(draft) });
}

async function noHorizontalScroll(page: Page, what: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} scrolls sideways at 375 px`).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a draft the engine could not finish is play-tested with a warning saying why it cannot be published; a draft with schema errors cannot be", async ({ page }) => {
  const trainer = page.context().request;
  await signInViaApi(trainer, DEMO.trainer);
  const title = unique("Stuck call");
  const { id } = await trpc<{ id: string }>(trainer, "authoring.create", { from: "billing-error", title });
  await editDraft(trainer, id, (d) => {
    d.scenario.startTension = 95;
    d.scenario.engine.resolveAtOrBelow = 5;
    d.scenario.engine.maxDropPerTurn = 2;
  });

  await page.goto(`/trainer/scenarios/${id}`);
  const problems = page.getByRole("alert").filter({ hasText: "to fix before publishing" });
  await expect(problems).toContainText("The engine could not finish this draft. You can still play-test it to see why.");
  await expect(page.getByRole("button", { name: "Publish" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Play-test (free text)" })).toBeEnabled();
  await expectAccessible(page, "editor of an unfinishable draft");

  await page.getByRole("button", { name: "Play-test (free text)" }).click();
  await expect(page).toHaveURL(/\/playtest\/[a-z0-9]+$/);
  const warning = page.getByRole("region", { name: /This draft cannot be published yet/ });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("scenario.engine.resolveAtOrBelow");
  await expect(warning).toContainText("unreachable: from start tension 95, at most 2 a turn");
  await expect(page.getByRole("meter", { name: "Customer tension" })).toBeVisible();
  await expectAccessible(page, "play-test of an unfinishable draft");
  await noHorizontalScroll(page, "play-test of an unfinishable draft");
  await say(page, SKILLED);
  await page
    .getByRole("button", { name: /See my scorecard|End the call|Finish/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  // the warning stays with the finished play-test; a play-test names no version (it plays a draft)
  await expect(warning).toBeVisible();
  await expect(page.getByTestId("played-versions")).toHaveCount(0);
  await expectAccessible(page, "finished play-test of an unfinishable draft");

  // A schema error (an empty customer line) blocks the play-test, with the error next to its field.
  await editDraft(trainer, id, (d) => {
    d.scenario.persona.name = "";
  });
  await page.goto(`/trainer/scenarios/${id}`);
  await expect(page.locator("#f-scenario-persona-name-error")).toContainText("must not be empty");
  await expect(page.getByRole("button", { name: "Play-test (free text)" })).toBeDisabled();
  await expect(page.getByRole("alert").filter({ hasText: "to fix before publishing" })).not.toContainText("You can still play-test it");
});

test("the learner's scorecard, cohort analytics and assignment status name the version played, and analytics split v1 from v2", async ({ page, browser }) => {
  // A cohort with a new learner that the demo trainer looks after.
  const admin = await browser.newContext();
  await signInViaApi(admin.request, DEMO.admin);
  const cohortName = unique("Versions cohort");
  const cohort = await trpc<{ id: string }>(admin.request, "cohort.create", { name: cohortName });
  const email = `${unique("version-learner")}@defuse.test`;
  await trpc(admin.request, "people.create", { name: "Vera Version", email, password: "a-good-learner-pass", role: "LEARNER", cohortId: cohort.id });
  const people = await trpc<{ items: Array<{ id: string }> }>(admin.request, "people.list", { search: DEMO.trainer }, "query");
  await trpc(admin.request, "cohort.addMembers", { cohortId: cohort.id, userIds: [people.items[0]!.id] });
  await admin.close();

  const trainer = page.context().request;
  await signInViaApi(trainer, DEMO.trainer);
  const title = unique("Versioned call");
  const { id, key } = await trpc<{ id: string; key: string }>(trainer, "authoring.create", { from: "billing-error", title });
  await trpc(trainer, "authoring.publish", { id });
  await trpc(trainer, "assignment.create", { cohortId: cohort.id, kind: "SCENARIO", contentId: key, requirement: "COMPLETE" });

  const learnerCtx = await browser.newContext();
  await signInViaApi(learnerCtx.request, email, "a-good-learner-pass");
  const play = async (lines: string[]) => {
    const { attemptId } = await trpc<{ attemptId: string }>(learnerCtx.request, "learner.startAttempt", { scenarioId: key, mode: "freeText" });
    for (const [i, text] of lines.entries()) {
      const r = await trpc<{ ended: boolean }>(learnerCtx.request, "learner.takeTurn", { attemptId, clientTurnId: `${attemptId}-turn-${i}`, text });
      if (r.ended) break;
    }
    await trpc(learnerCtx.request, "learner.finishAttempt", { attemptId });
    return attemptId;
  };
  const first = await play(SKILLED);
  await editDraft(trainer, id, (d) => {
    d.scenario.persona.name = "Second Version";
  });
  await trpc(trainer, "authoring.publish", { id });
  const second = await play(RUDE);

  // The learner's scorecard names the version each call was played on.
  const learner = await learnerCtx.newPage();
  await learner.goto(`/practice/${key}/${first}`);
  await expect(learner.getByTestId("played-versions")).toHaveText("Played on scenario version 1 · scored with Core de-escalation, version 1");
  await learner.goto(`/practice/${key}/${second}`);
  await expect(learner.getByTestId("played-versions")).toHaveText("Played on scenario version 2 · scored with Core de-escalation, version 1");
  await expectAccessible(learner, "scorecard naming its version");
  await learnerCtx.close();

  // The trainer's review names it too.
  await page.goto(`/trainer/reviews/${second}`);
  await expect(page.getByText("scenario version 2")).toBeVisible();

  // Cohort analytics: the scenario's row, then one row per version with its own figures.
  await page.goto(`/trainer/cohorts/${cohort.id}`);
  const passTable = page
    .getByRole("table")
    .filter({ has: page.getByRole("columnheader", { name: "Pass rate" }) })
    .first();
  await expect(passTable.getByRole("rowheader", { name: new RegExp(`${title}.*all 2 versions`) })).toBeVisible();
  const versionRows = passTable.getByTestId("scenario-version-row");
  await expect(versionRows).toHaveCount(2);
  await expect(versionRows.nth(0)).toContainText("version 1 · Core de-escalation v1");
  await expect(versionRows.nth(1)).toContainText("version 2 · Core de-escalation v1");
  // the heat map has a column per version
  await expect(page.getByRole("columnheader", { name: new RegExp(`${title}.*version 2`) })).toBeVisible();
  // where the learner stands: the latest call's version
  const status = page.getByTestId("status-table");
  await expect(status.getByRole("row").filter({ hasText: "Vera Version" }).getByTestId("played-version")).toHaveText("version 2 · rubric v1");
  await expectAccessible(page, "cohort analytics split by version");
  await noHorizontalScroll(page, "cohort analytics split by version");
});
