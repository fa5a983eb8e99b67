/**
 * Organisation-authored rubrics (issue 13) against a real database: duplicate → edit → publish,
 * a scenario naming an exact rubric version, later rubric versions never changing existing
 * scenario versions or their attempts, archive, organisation scoping, play-testing a draft rubric,
 * and import all or nothing with a broken rubric.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { SKILLED_BILLING } from "./learner-fixtures";
import { callerFor, codeOf } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await tdb?.drop();
});

type Caller = ReturnType<typeof callerFor>;
/* eslint-disable @typescript-eslint/no-explicit-any -- drafts are edited as plain JSON */
type RubricDraft = Record<string, any>;
type ScenarioDraft = { scenario: Record<string, any>; rubricVersion?: number | "draft" };
/* eslint-enable @typescript-eslint/no-explicit-any */

async function setup() {
  const org = await createOrgWithUsers(tdb.db);
  const as = (u: typeof org.trainer) => callerFor(tdb.db, u);
  return { org, trainer: as(org.trainer), admin: as(org.admin), learner: as(org.learner) };
}

async function editRubric(t: Caller, id: string, change: (d: RubricDraft) => void) {
  const got = await t.authoring.rubric({ id });
  const draft = structuredClone(got.draft) as RubricDraft;
  change(draft);
  return t.authoring.saveRubricDraft({ id, revision: got.revision, text: JSON.stringify(draft) });
}

async function editScenario(t: Caller, id: string, change: (d: ScenarioDraft) => void) {
  const got = await t.authoring.get({ id });
  const draft = structuredClone(got.draft) as ScenarioDraft;
  change(draft);
  return t.authoring.saveDraft({ id, revision: got.revision, text: JSON.stringify(draft) });
}

async function play(learner: Caller, scenarioId: string) {
  const { attemptId } = await learner.learner.startAttempt({ scenarioId, mode: "freeText" });
  for (const text of SKILLED_BILLING) {
    const r = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text });
    if (r.ended) break;
  }
  return learner.learner.finishAttempt({ attemptId });
}

/** A published rubric duplicated from core-deescalation with a new pass mark and first criterion title. */
async function ourRubric(trainer: Caller, title: string, passMark: number, firstTitle: string) {
  const created = await trainer.authoring.createRubric({ from: "core-deescalation", title });
  await editRubric(trainer, created.id, (d) => {
    d.passMark = passMark;
    d.criteria[0].title = firstTitle;
  });
  expect((await trainer.authoring.publishRubric({ id: created.id })).version).toBe(1);
  return created;
}

describe("authored rubrics", () => {
  it("duplicate → edit (weights must total 100) → publish; a scenario scored with v1 keeps v1 after the rubric's v2", async () => {
    const { org, trainer, learner } = await setup();
    const created = await trainer.authoring.createRubric({ from: "core-deescalation", title: "Core de-escalation" });
    // derived from the title, never the built-in's id
    expect(created.key).toBe("core-de-escalation");
    const fresh = await trainer.authoring.rubric({ id: created.id });
    expect(fresh.errors).toEqual([]);
    expect(fresh.weightTotal).toBe(100);

    // a weight pair changed one side at a time: the total is wrong in between, named at `criteria`
    const half = await editRubric(trainer, created.id, (d) => {
      d.criteria[0].weight += 5;
      d.passMark = 85;
      d.criteria[1].title = "Owning the problem, our way";
    });
    expect(half.weightTotal).toBe(105);
    expect(half.errors).toContainEqual({ path: "criteria", message: "the weights add up to 105; they must add up to exactly 100" });
    const refused = (await trainer.authoring.publishRubric({ id: created.id }).catch((e: Error) => e)) as Error & { code?: string };
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toContain("criteria: the weights add up to 105");
    // what was typed is kept, invalid or not
    expect(((await trainer.authoring.rubric({ id: created.id })).draft as RubricDraft).passMark).toBe(85);
    const fixed = await editRubric(trainer, created.id, (d) => {
      d.criteria[2].weight -= 5;
    });
    expect(fixed).toMatchObject({ errors: [], weightTotal: 100 });
    expect(await trainer.authoring.publishRubric({ id: created.id })).toEqual({ version: 1, created: true });
    expect(await trainer.authoring.publishRubric({ id: created.id })).toEqual({ version: 1, created: false });

    // the scenario names version 1
    const scenario = await trainer.authoring.create({ from: "billing-error", title: "Billing, our rubric" });
    const choices = (await trainer.authoring.get({ id: scenario.id })).rubrics;
    expect(choices.map((c) => c.value)).toContain(`${created.key}@1`);
    const saved = await editScenario(trainer, scenario.id, (d) => {
      d.scenario.rubricId = created.key;
      d.rubricVersion = 1;
    });
    expect(saved.errors).toEqual([]);
    expect((await trainer.authoring.publish({ id: scenario.id })).version).toBe(1);

    const first = await play(learner, scenario.key);
    const row = await tdb.db.attempt.findFirstOrThrow({ where: { id: first.id, orgId: org.org.id } });
    expect({ rubricId: row.rubricId, rubricVersion: row.rubricVersion }).toEqual({ rubricId: created.key, rubricVersion: 1 });
    expect(first.result?.passMark).toBe(85);
    expect(first.result?.rubric).toEqual({ id: created.key, title: "Core de-escalation", version: 1 });
    expect(first.result?.criteria.map((c) => c.title)).toContain("Owning the problem, our way");
    expect(first.result?.passed).toBe((first.result?.score ?? 0) >= 85 && first.result?.critical.stands === false);

    // rubric version 2: another pass mark and criterion title
    await editRubric(trainer, created.id, (d) => {
      d.passMark = 40;
      d.criteria[1].title = "Ownership v2";
    });
    expect((await trainer.authoring.rubric({ id: created.id })).unpublishedChanges).toBe(true);
    expect((await trainer.authoring.publishRubric({ id: created.id })).version).toBe(2);

    // the published scenario version still holds rubric v1: a new attempt is scored with v1
    const second = await play(learner, scenario.key);
    expect(second.result?.passMark).toBe(85);
    expect(second.result?.rubric?.version).toBe(1);
    expect(second.result?.criteria.map((c) => c.title)).toContain("Owning the problem, our way");
    // and the first attempt is shown, reviewed and scored with v1
    const again = await learner.learner.attempt({ attemptId: first.id });
    expect(again.result?.passMark).toBe(85);
    expect(again.result?.criteria.map((c) => c.title)).not.toContain("Ownership v2");
    const review = await trainer.review.get({ attemptId: first.id });
    expect(review.rubric).toEqual({ id: created.key, title: "Core de-escalation", version: 1 });
    expect(review.passMark).toBe(85);
    expect(review.criteria.map((c) => c.title)).toContain("Owning the problem, our way");

    // the trainer's released review is scored with v1's weights and pass mark, and the learner's
    // progress names the criterion by v1's title
    await trainer.review.release({
      attemptId: first.id,
      criteria: review.criteria.map((c, i) => ({ criterionId: c.criterionId, level: 4, comment: i === 1 ? "Owned it from the first line." : "" })),
      comment: "Strong call.",
    });
    const released = await learner.learner.attempt({ attemptId: first.id });
    expect(released.result).toMatchObject({ source: "trainer", passMark: 85, rubric: { version: 1 } });
    expect(released.result?.passed).toBe((released.result?.score ?? 0) >= 85);
    const progress = await learner.learner.progress();
    const fb = progress.releasedReviews.find((x) => x.attemptId === first.id);
    expect(fb?.criteria.find((c) => c.comment === "Owned it from the first line.")?.title).toBe("Owning the problem, our way");

    // pointing the scenario at v2 and publishing makes scenario v2, scored with rubric v2
    await editScenario(trainer, scenario.id, (d) => {
      d.rubricVersion = 2;
    });
    expect((await trainer.authoring.get({ id: scenario.id })).unpublishedChanges).toBe(true);
    expect((await trainer.authoring.publish({ id: scenario.id })).version).toBe(2);
    const third = await play(learner, scenario.key);
    const row3 = await tdb.db.attempt.findFirstOrThrow({ where: { id: third.id, orgId: org.org.id } });
    expect({ contentVersion: row3.contentVersion, rubricVersion: row3.rubricVersion }).toEqual({ contentVersion: 2, rubricVersion: 2 });
    expect(third.result?.passMark).toBe(40);
    expect(third.result?.criteria.map((c) => c.title)).toContain("Ownership v2");
    expect((await learner.learner.attempt({ attemptId: first.id })).result?.passMark).toBe(85);

    const audit = await tdb.db.auditLog.findMany({ where: { orgId: org.org.id, targetId: created.id }, select: { action: true } });
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(["rubric.created", "rubric.edited", "rubric.published"]));
    // the admin's audit log names the rubric by its title
    const log = JSON.stringify(await callerFor(tdb.db, org.admin).audit.list({}));
    expect(log).toContain("published the rubric “Core de-escalation”");
  });

  it("cohort analytics name an organisation rubric and average its own criteria by their titles", async () => {
    const { org, trainer, admin, learner } = await setup();
    const created = await trainer.authoring.createRubric({ from: "core-deescalation", title: "Our QA form" });
    // a criterion of its own, which no built-in rubric defines
    await editRubric(trainer, created.id, (d) => {
      d.criteria[0].id = "hold-etiquette";
      d.criteria[0].title = "Hold etiquette, our way";
    });
    expect((await trainer.authoring.publishRubric({ id: created.id })).version).toBe(1);
    const scenario = await trainer.authoring.create({ from: "billing-error", title: "Billing, our form" });
    await editScenario(trainer, scenario.id, (d) => {
      d.scenario.rubricId = created.key;
      d.rubricVersion = 1;
    });
    await trainer.authoring.publish({ id: scenario.id });
    const cohort = await admin.cohort.create({ name: `Cohort ${randomUUID().slice(0, 6)}` });
    await admin.cohort.addMembers({ cohortId: cohort.id, userIds: [org.learner.id] });
    await trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: scenario.key });
    const done = await play(learner, scenario.key);
    const review = await trainer.review.get({ attemptId: done.id });
    expect(review.criteria.map((c) => c.criterionId)).toContain("hold-etiquette");
    await trainer.review.release({ attemptId: done.id, criteria: review.criteria.map((c) => ({ criterionId: c.criterionId, level: 3, comment: "Reviewed against our form." })), comment: "Good." });

    const dash = await trainer.trainer.cohortDashboard({ cohortId: cohort.id });
    expect(dash.criteria.find((c) => c.criterionId === "hold-etiquette")).toMatchObject({ title: "Hold etiquette, our way", avgLevel: 3, n: 1 });
    const row = dash.scenarios.find((x) => x.scenarioId === scenario.key);
    expect(JSON.stringify(row)).toContain('"rubricTitle":"Our QA form"');
    expect(JSON.stringify(row)).not.toContain(`"rubricTitle":"${created.key}"`);
  });

  it("names every problem by its path and keeps limits, shown as messages", async () => {
    const { trainer } = await setup();
    const { id } = await trainer.authoring.createRubric({ from: "core-deescalation" });
    const r = await editRubric(trainer, id, (d) => {
      d.criteria[2].weight = 0;
      d.criteria[1].levels = ["a", "b"];
      d.passMark = 120;
      d.critical[0].trigger = "shouting";
      d.title = "x".repeat(200);
    });
    const paths = r.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["criteria[2].weight", "criteria[1].levels", "passMark", "critical[0].trigger", "title", "criteria"]));
    expect(r.errors.find((e) => e.path === "criteria")?.message).toMatch(/add up to \d+; they must add up to exactly 100/);
    const many = await editRubric(trainer, id, (d) => {
      d.title = "Fine";
      d.passMark = 70;
      d.criteria[1].levels = ["1", "2", "3", "4", "5"];
      d.critical[0].trigger = "rude";
      d.criteria = Array.from({ length: 13 }, (_, i) => ({ ...d.criteria[0], id: `c-${i}`, weight: i === 0 ? 88 : 1 }));
    });
    expect(many.errors).toContainEqual({ path: "criteria", message: "at most 12 criteria (this has 13)" });
    // a learner cannot reach a rubric at all, drafts included
    const learnerCaller = callerFor(tdb.db, (await createOrgWithUsers(tdb.db)).learner);
    expect(await codeOf(learnerCaller.authoring.rubric({ id }))).toBe("FORBIDDEN");
  });

  it("a draft rubric can be play-tested from a draft scenario but not published with it", async () => {
    const { trainer } = await setup();
    const rubric = await ourRubric(trainer, "Playtested rubric", 60, "Listening first");
    await editRubric(trainer, rubric.id, (d) => {
      d.passMark = 95;
      d.criteria[0].title = "Listening, draft wording";
    });
    const scenario = await trainer.authoring.create({ from: "billing-error", title: "Draft rubric call" });
    const saved = await editScenario(trainer, scenario.id, (d) => {
      d.scenario.rubricId = rubric.key;
      d.rubricVersion = "draft";
    });
    expect(saved.errors).toEqual([]);
    const refused = (await trainer.authoring.publish({ id: scenario.id }).catch((e: Error) => e)) as Error;
    expect(refused.message).toContain("rubricVersion: the draft of");
    const { sessionId } = await trainer.authoring.startPlaytest({ id: scenario.id, mode: "freeText" });
    for (const text of SKILLED_BILLING) {
      const r = await trainer.authoring.playtestTurn({ attemptId: sessionId, clientTurnId: randomUUID(), text });
      if (r.ended) break;
    }
    const done = await trainer.authoring.playtestFinish({ attemptId: sessionId });
    expect(done.result?.passMark).toBe(95);
    expect(done.result?.criteria[0]?.title).toBe("Listening, draft wording");
    expect(done.result?.rubric?.title).toBe("Playtested rubric");
  });

  it("archive hides a rubric from new choices; scenarios and attempts that use it keep it", async () => {
    const { trainer, learner } = await setup();
    const rubric = await ourRubric(trainer, "Soon archived", 75, "Heard them out");
    const using = await trainer.authoring.create({ from: "billing-error", title: "Uses the archived one" });
    await editScenario(trainer, using.id, (d) => {
      d.scenario.rubricId = rubric.key;
      d.rubricVersion = 1;
    });
    await trainer.authoring.publish({ id: using.id });
    const done = await play(learner, using.key);

    expect(await trainer.authoring.setRubricArchived({ id: rubric.id, archived: true })).toEqual({ status: "ARCHIVED" });
    const other = await trainer.authoring.create({ from: "billing-error", title: "Another" });
    expect((await trainer.authoring.get({ id: other.id })).rubrics.some((c) => c.id === rubric.key)).toBe(false);
    // the scenario that names it still lists it and still publishes and plays
    const stillThere = await trainer.authoring.get({ id: using.id });
    expect(stillThere.rubrics.some((c) => c.value === `${rubric.key}@1`)).toBe(true);
    expect(stillThere.errors).toEqual([]);
    expect((await learner.learner.attempt({ attemptId: done.id })).result?.passMark).toBe(75);
    expect((await play(learner, using.key)).result?.criteria[0]?.title).toBe("Heard them out");
    expect((await trainer.authoring.rubrics()).authored.find((r) => r.id === rubric.id)?.status).toBe("ARCHIVED");
    expect(await trainer.authoring.setRubricArchived({ id: rubric.id, archived: false })).toEqual({ status: "PUBLISHED" });
  });

  it("another organisation can neither see, use nor change it", async () => {
    const a = await setup();
    const b = await setup();
    const rubric = await ourRubric(a.trainer, "Ours alone", 70, "Ours");
    expect((await b.trainer.authoring.rubrics()).authored).toEqual([]);
    expect(await codeOf(b.trainer.authoring.rubric({ id: rubric.id }))).toBe("NOT_FOUND");
    expect(await codeOf(b.trainer.authoring.publishRubric({ id: rubric.id }))).toBe("NOT_FOUND");
    expect(await codeOf(b.admin.authoring.setRubricArchived({ id: rubric.id, archived: true }))).toBe("NOT_FOUND");
    expect(await codeOf(b.trainer.authoring.saveRubricDraft({ id: rubric.id, revision: 1, text: "{}" }))).toBe("NOT_FOUND");
    // nor duplicate it by its key, nor score a scenario with it
    expect(await codeOf(b.trainer.authoring.createRubric({ from: rubric.key }))).toBe("BAD_REQUEST");
    const theirs = await b.trainer.authoring.create({ from: "billing-error", title: "Theirs" });
    const saved = await editScenario(b.trainer, theirs.id, (d) => {
      d.scenario.rubricId = rubric.key;
      d.rubricVersion = 1;
    });
    expect(saved.errors.some((e) => e.path === "scenario.rubricId")).toBe(true);
    expect((await b.trainer.authoring.get({ id: theirs.id })).rubrics.some((c) => c.id === rubric.key)).toBe(false);
    // A may duplicate its own rubric
    expect(await codeOf(a.admin.authoring.createRubric({ from: rubric.key }))).toBe("OK");
  });

  it("an exported scenario carries its rubric; import makes (or reuses) an organisation rubric, all or nothing", async () => {
    const a = await setup();
    const b = await setup();
    const rubric = await ourRubric(a.trainer, "Shared rubric", 65, "Shared first criterion");
    const scenario = await a.trainer.authoring.create({ from: "billing-error", title: "Shared call" });
    await editScenario(a.trainer, scenario.id, (d) => {
      d.scenario.rubricId = rubric.key;
      d.rubricVersion = 1;
    });
    await a.trainer.authoring.publish({ id: scenario.id });
    const file = await a.trainer.authoring.export({ id: scenario.id });
    const bundle = file.bundle as { scenario: Record<string, unknown>; rubric: RubricDraft };
    expect(bundle.rubric).toMatchObject({ id: rubric.key, version: 1, passMark: 65 });

    // a broken rubric in one file: nothing is saved, every error listed with its file and path
    const broken = structuredClone(bundle);
    broken.rubric.criteria[0].weight += 7;
    broken.rubric.criteria[2].levels = [];
    const rubricsBefore = await tdb.db.authoredRubric.count({ where: { orgId: b.org.org.id } });
    const failed = await b.trainer.authoring.import({
      files: [
        { name: "good.json", text: JSON.stringify(bundle) },
        { name: "broken.json", text: JSON.stringify(broken) },
      ],
    });
    expect(failed.imported).toEqual([]);
    expect(failed.errors).toContainEqual({ document: "broken.json", path: "rubric.criteria[2].levels", message: expect.any(String) as string });
    expect(failed.errors).toContainEqual({ document: "broken.json", path: "rubric.criteria", message: "the weights add up to 107; they must add up to exactly 100" });
    expect(failed.errors.filter((e) => e.document === "good.json")).toEqual([]);
    expect(await tdb.db.authoredRubric.count({ where: { orgId: b.org.org.id } })).toBe(rubricsBefore);
    expect(await tdb.db.authoredScenario.count({ where: { orgId: b.org.org.id } })).toBe(0);

    // the good file alone: B gets its own rubric version 1, and the imported scenario names it
    const ok = await b.trainer.authoring.import({ files: [{ name: "good.json", text: JSON.stringify(bundle) }] });
    expect(ok.errors).toEqual([]);
    const bRubrics = (await b.trainer.authoring.rubrics()).authored;
    expect(bRubrics).toHaveLength(1);
    expect(bRubrics[0]).toMatchObject({ key: rubric.key, title: "Shared rubric", status: "PUBLISHED", publishedVersion: 1 });
    const imported = await b.trainer.authoring.get({ id: ok.imported[0]!.id });
    expect(imported.errors).toEqual([]);
    expect((imported.draft as ScenarioDraft).rubricVersion).toBe(1);
    expect((imported.draft as ScenarioDraft).scenario.rubricId).toBe(rubric.key);
    expect(await tdb.db.auditLog.count({ where: { orgId: b.org.org.id, action: "rubric.imported" } })).toBe(1);
    // importing the same file again reuses the identical rubric
    const twice = await b.trainer.authoring.import({ files: [{ name: "again.json", text: JSON.stringify(bundle) }] });
    expect(twice.errors).toEqual([]);
    expect(await tdb.db.authoredRubric.count({ where: { orgId: b.org.org.id } })).toBe(1);
    // a built-in rubric changed in a file becomes an organisation rubric under a new id
    const builtIn = await a.trainer.authoring.export({ id: "billing-error" });
    const changed = structuredClone(builtIn.bundle) as { scenario: Record<string, unknown>; rubric: RubricDraft };
    changed.rubric.passMark = 55;
    changed.scenario.id = "changed-builtin";
    const third = await b.trainer.authoring.import({ files: [{ name: "changed.json", text: JSON.stringify(changed) }] });
    expect(third.errors).toEqual([]);
    const made = (await b.trainer.authoring.rubrics()).authored.find((r) => r.key !== rubric.key);
    expect(made?.key).not.toBe(changed.rubric.id);
    expect((await b.trainer.authoring.get({ id: third.imported[0]!.id })).errors).toEqual([]);
    // an unchanged built-in rubric stays the built-in one
    const plain = await b.trainer.authoring.import({
      files: [{ name: "plain.json", text: JSON.stringify({ ...(builtIn.bundle as object), scenario: { ...(builtIn.bundle as { scenario: object }).scenario, id: "plain-copy" } }) }],
    });
    expect(plain.errors).toEqual([]);
    expect(await tdb.db.authoredRubric.count({ where: { orgId: b.org.org.id } })).toBe(2);
  });
});
