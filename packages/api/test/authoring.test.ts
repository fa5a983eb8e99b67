/**
 * Organisation-authored scenarios (issue 13) against a real database: versioning, archive, import
 * all or nothing, organisation scoping, publish refusals, and a learner practising an authored
 * scenario end to end through the api.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue } from "@defuse/content";
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

async function setup() {
  const org = await createOrgWithUsers(tdb.db);
  const as = (u: typeof org.trainer) => callerFor(tdb.db, u);
  return { org, trainer: as(org.trainer), admin: as(org.admin), learner: as(org.learner) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drafts are edited as plain JSON
type Draft = { scenario: Record<string, any> };
async function edit(t: ReturnType<typeof callerFor>, id: string, change: (d: Draft) => void) {
  const got = await t.authoring.get({ id });
  const draft = structuredClone(got.draft) as Draft;
  change(draft);
  return t.authoring.saveDraft({ id, revision: got.revision, text: JSON.stringify(draft) });
}

async function play(learner: ReturnType<typeof callerFor>, scenarioId: string, lines = SKILLED_BILLING) {
  const { attemptId } = await learner.learner.startAttempt({ scenarioId, mode: "freeText" });
  for (const text of lines) {
    const r = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text });
    if (r.ended) break;
  }
  return learner.learner.finishAttempt({ attemptId });
}

describe("authored scenarios", () => {
  it("duplicates a built-in under a new key, publishes versions, and attempts keep the version they were played on", async () => {
    const { org, trainer, learner } = await setup();
    const created = await trainer.authoring.create({ from: "billing-error", title: "Billing error" });
    // derived from the title, never the built-in's id
    expect(created.key).toBe("billing-error-2");
    await edit(trainer, created.id, (d) => {
      d.scenario.persona.name = "Priya Natarajan";
      d.scenario.openingLine = "Priya here. My bill has tripled and nobody will tell me why.";
    });
    // not offered before it is published
    expect(await codeOf(learner.learner.startAttempt({ scenarioId: created.key, mode: "freeText" }))).toBe("NOT_FOUND");
    expect((await trainer.authoring.publish({ id: created.id })).version).toBe(1);
    // a repeated publish of the same draft makes no new version
    expect(await trainer.authoring.publish({ id: created.id })).toEqual({ version: 1, created: false });

    const list = await learner.learner.scenarios();
    expect(list.find((s) => s.id === created.key)?.customerName).toBe("Priya Natarajan");
    // the organisation's name is on it; the built-in ones carry none
    expect(list.find((s) => s.id === created.key)?.madeBy).toBe(org.org.name);
    expect(list.find((s) => s.id === "billing-error")?.madeBy).toBeNull();
    const v1 = await play(learner, created.key);
    expect(v1.status).toBe("COMPLETED");
    expect(v1.scenario.customerName).toBe("Priya Natarajan");
    expect(v1.openingLine).toContain("Priya here.");

    await edit(trainer, created.id, (d) => {
      d.scenario.persona.name = "Priya Shah";
      d.scenario.openingLine = "Version two: my bill has tripled.";
    });
    expect((await trainer.authoring.get({ id: created.id })).unpublishedChanges).toBe(true);
    expect((await trainer.authoring.publish({ id: created.id })).version).toBe(2);

    // the v1 attempt still shows v1; the trainer's review names the version
    const again = await learner.learner.attempt({ attemptId: v1.id });
    expect(again.scenario.customerName).toBe("Priya Natarajan");
    const review = await trainer.review.get({ attemptId: v1.id });
    expect(review.attempt.contentVersion).toBe(1);
    expect(review.customerName).toBe("Priya Natarajan");
    expect(review.attempt.title).toBe("Billing error");
    // a new attempt plays v2
    const v2 = await learner.learner.startAttempt({ scenarioId: created.key, mode: "freeText" });
    const v2view = await learner.learner.attempt({ attemptId: v2.attemptId });
    expect(v2view.scenario.customerName).toBe("Priya Shah");
    expect(v2view.openingLine).toBe("Version two: my bill has tripled.");
    const row = await tdb.db.attempt.findFirstOrThrow({ where: { id: v2.attemptId, orgId: org.org.id } });
    expect(row.contentVersion).toBe(2);

    const audit = await tdb.db.auditLog.findMany({ where: { orgId: org.org.id, targetId: created.id }, select: { action: true } });
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(["scenario.create", "scenario.edit", "scenario.publish"]));
  });

  it("saves an invalid draft as typed with path-named errors, refuses a stale revision, and refuses to publish it with the reason", async () => {
    const { trainer } = await setup();
    const { id } = await trainer.authoring.create({ from: null, title: "Blank one" });
    const blank = await trainer.authoring.get({ id });
    expect(blank.errors).toEqual([]);
    const saved = await edit(trainer, id, (d) => {
      d.scenario.lines.calmer[3] = "";
      d.scenario.startTension = 95;
      d.scenario.engine.resolveAtOrBelow = 5;
      d.scenario.engine.maxDropPerTurn = 2;
    });
    expect(saved.errors).toContainEqual({ path: "scenario.lines.calmer[3]", message: "must not be empty" });
    const stored = await trainer.authoring.get({ id });
    expect((stored.draft as Draft).scenario.startTension).toBe(95);
    expect(await codeOf(trainer.authoring.saveDraft({ id, revision: 0, text: JSON.stringify(stored.draft) }))).toBe("CONFLICT");
    // not even JSON: kept as typed
    const broken = await trainer.authoring.saveDraft({ id, revision: stored.revision, text: '{"scenario": {' });
    expect(broken.errors[0]?.message).toContain("not valid JSON");
    expect((await trainer.authoring.get({ id })).draft).toEqual({ $unparsed: '{"scenario": {' });

    await trainer.authoring.saveDraft({ id, revision: stored.revision + 1, text: JSON.stringify(stored.draft) });
    await edit(trainer, id, (d) => {
      d.scenario.lines.calmer[3] = "Fine.";
    });
    const err = await trainer.authoring.publish({ id }).catch((e: Error & { code?: string }) => e);
    expect((err as { code?: string }).code).toBe("PRECONDITION_FAILED");
    expect((err as Error).message).toMatch(/scenario\.engine\.resolveAtOrBelow: unreachable/);

    await edit(trainer, id, (d) => {
      d.scenario.engine.maxDropPerTurn = 20;
      d.scenario.engine.resolveAtOrBelow = 30;
      d.scenario.engine.needs = [["blame"]];
      d.scenario.branching.nodes[1].outcome = "escalated";
    });
    const reasons = ((await trainer.authoring.publish({ id }).catch((e: Error) => e)) as Error).message;
    expect(reasons).toContain("scenario.engine.needs[0]: no technique can meet this need");
    expect(reasons).toContain("no reachable end node has the outcome resolved");
    await edit(trainer, id, (d) => {
      d.scenario.engine.needs = [["empathy"]];
      d.scenario.branching.nodes[1].outcome = "resolved";
      d.scenario.engine.concerns = [{ id: "deadline", description: "Rent is due", topics: ["rent"], by: ["empathy"], raise: "What about my rent?" }];
    });
    expect(((await trainer.authoring.publish({ id }).catch((e: Error) => e)) as Error).message).toMatch(/concern 'deadline': topic 'rent' does not exist/);
    await edit(trainer, id, (d) => {
      d.scenario.engine.concerns = [];
    });
    expect((await trainer.authoring.publish({ id })).version).toBe(1);
  });

  it("archive hides a scenario from new practice and assignments but history still shows it", async () => {
    const { trainer, admin, learner } = await setup();
    const { id, key } = await trainer.authoring.create({ from: "billing-error", title: "Archived soon" });
    await trainer.authoring.publish({ id });
    const done = await play(learner, key);
    const cohort = await admin.cohort.create({ name: `Cohort ${randomUUID().slice(0, 6)}` });
    expect(await codeOf(trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: key }))).toBe("OK");

    await trainer.authoring.setArchived({ id, archived: true });
    expect((await learner.learner.scenarios()).some((s) => s.id === key)).toBe(false);
    expect(await codeOf(learner.learner.startAttempt({ scenarioId: key, mode: "freeText" }))).toBe("NOT_FOUND");
    expect(await codeOf(trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: key }))).toBe("BAD_REQUEST");
    expect((await learner.learner.attempt({ attemptId: done.id })).scenario.title).toBe("Archived soon");
    expect((await learner.learner.progress()).timeline.some((t) => t.scenarioTitle === "Archived soon")).toBe(true);

    await trainer.authoring.setArchived({ id, archived: false });
    expect((await learner.learner.scenarios()).some((s) => s.id === key)).toBe(true);
  });

  it("imports all or nothing, listing every error with its document and path", async () => {
    const { org, trainer } = await setup();
    const good = await trainer.authoring.export({ id: "billing-error" });
    const bundle = good.bundle as Draft;
    const goodText = JSON.stringify({ ...bundle, scenario: { ...bundle.scenario, id: "shared-billing", title: "Shared billing" } });
    const broken = structuredClone(good.bundle) as Draft;
    broken.scenario.lines.calmer[3] = "";
    broken.scenario.policy.allowed[0].kind = "teleport";
    const before = await tdb.db.authoredScenario.count({ where: { orgId: org.org.id } });
    const r = await trainer.authoring.import({ files: [{ name: "good.json", text: goodText }, { name: "broken.json", text: JSON.stringify(broken) }, { name: "junk.json", text: "{nope" }] });
    expect(r.imported).toEqual([]);
    expect(r.errors).toContainEqual({ document: "broken.json", path: "scenario.lines.calmer[3]", message: "must not be empty" });
    expect(r.errors.some((e) => e.document === "broken.json" && e.path === "scenario.policy.allowed[0].kind")).toBe(true);
    expect(r.errors.some((e) => e.document === "junk.json" && e.message.startsWith("not valid JSON"))).toBe(true);
    expect(await tdb.db.authoredScenario.count({ where: { orgId: org.org.id } })).toBe(before);

    const ok = await trainer.authoring.import({ files: [{ name: "good.json", text: goodText }, { name: "again.json", text: goodText }] });
    expect(ok.errors).toEqual([]);
    expect(ok.imported.map((i) => i.key)).toEqual(["shared-billing", "shared-billing-2"]);
    expect(await tdb.db.auditLog.count({ where: { orgId: org.org.id, action: "scenario.import" } })).toBe(2);
  });

  it("another organisation cannot see, play, assign or edit it", async () => {
    const a = await setup();
    const b = await setup();
    const { id, key } = await a.trainer.authoring.create({ from: "billing-error", title: "Ours only" });
    await a.trainer.authoring.publish({ id });
    expect((await b.trainer.authoring.list()).authored).toEqual([]);
    expect(await codeOf(b.trainer.authoring.get({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(b.trainer.authoring.export({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(b.trainer.authoring.publish({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(b.admin.authoring.setArchived({ id, archived: true }))).toBe("NOT_FOUND");
    expect(await codeOf(b.trainer.authoring.saveDraft({ id, revision: 0, text: "{}" }))).toBe("NOT_FOUND");
    expect((await b.learner.learner.scenarios()).some((s) => s.id === key)).toBe(false);
    expect(await codeOf(b.learner.learner.startAttempt({ scenarioId: key, mode: "freeText" }))).toBe("NOT_FOUND");
    const cohortB = await b.admin.cohort.create({ name: `B ${randomUUID().slice(0, 6)}` });
    expect(await codeOf(b.trainer.assignment.create({ cohortId: cohortB.id, kind: "SCENARIO", contentId: key }))).toBe("BAD_REQUEST");
    // a learner of A cannot reach the authoring procedures at all
    expect(await codeOf(a.learner.authoring.list())).toBe("FORBIDDEN");
  });

  it("a learner practises an assigned authored scenario end to end with the trainer's wording and policy", async () => {
    const { org, trainer, admin, learner } = await setup();
    const { id, key } = await trainer.authoring.create({ from: "billing-error", title: "Our billing call" });
    await edit(trainer, id, (d) => {
      d.scenario.persona.name = "Morag Campbell";
      d.scenario.lines.resolved = ["Morag says thanks, that is sorted.", "Morag is happy now."];
    });
    await trainer.authoring.publish({ id });
    const cohort = await admin.cohort.create({ name: `Cohort ${randomUUID().slice(0, 6)}` });
    await admin.cohort.addMembers({ cohortId: cohort.id, userIds: [org.learner.id] });
    await trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: key });
    const dash = await learner.dashboard.learner();
    expect(JSON.stringify(dash)).toContain("Our billing call");
    const done = await play(learner, key);
    expect(done.scenario.customerName).toBe("Morag Campbell");
    expect(done.result?.score).toBeGreaterThan(0);
    expect(done.turns.length).toBeGreaterThan(0);
    const row = await tdb.db.attempt.findFirstOrThrow({ where: { id: done.id, orgId: org.org.id } });
    expect(row.assignmentId).not.toBeNull();
    expect(row.rubricId).toBe(catalogue.scenarios.find((s) => s.id === "billing-error")!.rubricId);

    // Everywhere a trainer sees it, it is named by its title, never its id.
    const queue = await trainer.review.queue({});
    expect(queue.items.find((i) => i.attemptId === done.id)?.title).toBe("Our billing call");
    const dashboard = await trainer.trainer.cohortDashboard({ cohortId: cohort.id });
    expect(dashboard.assignments.map((x) => x.title)).toContain("Our billing call");
    expect(dashboard.scenarios.find((x) => x.scenarioId === key)?.title).toBe("Our billing call");
    expect(dashboard.heatMap.scenarios.find((x) => x.scenarioId === key)?.title).toBe("Our billing call");
    const status = await trainer.trainer.assignmentStatus({ cohortId: cohort.id });
    expect(status.items.find((x) => x.contentId === key)?.title).toBe("Our billing call");
    const csv = await trainer.reports.exportResults({ cohortId: cohort.id });
    expect(csv.csv).toContain("Our billing call");
    // the learner's assignment email and the audit log name it too
    const email = await tdb.db.emailMessage.findFirstOrThrow({ where: { orgId: org.org.id, userId: org.learner.id, template: "new-assignment" }, select: { subject: true, text: true } });
    expect(`${email.subject} ${email.text}`).toContain("Our billing call");
    const audit = await admin.audit.list({});
    expect(JSON.stringify(audit)).toContain("Our billing call");
    expect(JSON.stringify(audit)).not.toContain(`${key} to`);
  });
  it("a trainer play-tests the draft in the practice shape; nothing reaches any learner's records, and the session is the trainer's own", async () => {
    const { org, trainer, admin, learner } = await setup();
    const { id } = await trainer.authoring.create({ from: "billing-error", title: "Play-tested call" });
    await edit(trainer, id, (d) => {
      d.scenario.persona.name = "Priya Natarajan";
      d.scenario.openingLine = "Priya here. My bill has tripled.";
    });
    const { sessionId } = await trainer.authoring.startPlaytest({ id, mode: "freeText" });
    // a later edit does not change the play-test under way
    await edit(trainer, id, (d) => {
      d.scenario.persona.name = "Someone Else";
    });
    const started = await trainer.authoring.playtest({ sessionId });
    expect(started.scenario.customerName).toBe("Priya Natarajan");
    expect(started.openingLine).toBe("Priya here. My bill has tripled.");
    expect(started.status).toBe("IN_PROGRESS");

    const hint = await trainer.authoring.playtestHint({ attemptId: sessionId });
    expect(hint.hintsUsed).toBe(1);
    let last;
    const first = randomUUID();
    for (const [i, text] of SKILLED_BILLING.entries()) {
      last = await trainer.authoring.playtestTurn({ attemptId: sessionId, clientTurnId: i === 0 ? first : randomUUID(), text });
      if (last.ended) break;
    }
    // a re-sent turn is stored once
    const resent = await trainer.authoring.playtestTurn({ attemptId: sessionId, clientTurnId: first, text: SKILLED_BILLING[0]! });
    expect(resent.duplicate).toBe(true);
    expect(last!.outcome).toBe("resolved");
    const done = await trainer.authoring.playtestFinish({ attemptId: sessionId });
    expect(done.status).toBe("COMPLETED");
    expect(done.result?.score).toBeGreaterThan(0);
    expect(done.result?.criteria.length).toBeGreaterThan(0);
    expect(done.turns[0]!.hinted).toBe(true);
    expect(done.turns.map((t) => t.tensionAfter).at(-1)).toBeLessThan(done.scenario.startTension);
    // finishing twice is harmless; no more turns after the end
    expect((await trainer.authoring.playtestFinish({ attemptId: sessionId })).score).toBe(done.score);
    expect(await codeOf(trainer.authoring.playtestTurn({ attemptId: sessionId, clientTurnId: randomUUID(), text: "Hello?" }))).toBe("PRECONDITION_FAILED");

    // no attempt of anyone in the organisation, nothing to review, nothing in the learner's progress
    expect(await tdb.db.attempt.count({ where: { orgId: org.org.id } })).toBe(0);
    expect((await trainer.review.queue({})).items).toEqual([]);
    expect(JSON.stringify(await learner.learner.progress())).not.toContain("Priya");
    // another trainer of the same organisation (here the admin) cannot open or play it
    expect(await codeOf(admin.authoring.playtest({ sessionId }))).toBe("NOT_FOUND");
    expect(await codeOf(admin.authoring.playtestTurn({ attemptId: sessionId, clientTurnId: randomUUID(), text: "Hi" }))).toBe("NOT_FOUND");
    // a learner cannot start one or pass a play-test id to the learner's procedures
    expect(await codeOf(learner.authoring.startPlaytest({ id, mode: "freeText" }))).toBe("FORBIDDEN");
    expect(await codeOf(learner.learner.attempt({ attemptId: sessionId }))).toBe("NOT_FOUND");
    // starting it is in the audit log, against the scenario
    const audited = await tdb.db.auditLog.findMany({ where: { orgId: org.org.id, targetId: id, action: "scenario.playtest" } });
    expect(audited).toHaveLength(1);
    expect(audited[0]!.actorId).toBe(org.trainer.id);
  });

  it("refuses to play-test a draft with errors, with the reason", async () => {
    const { trainer } = await setup();
    const { id } = await trainer.authoring.create({ from: "billing-error", title: "Broken call" });
    await edit(trainer, id, (d) => {
      d.scenario.persona.name = "";
    });
    const err = await trainer.authoring.startPlaytest({ id, mode: "branching" }).catch((e: Error) => e);
    expect((err as Error).message).toContain("scenario.persona.name");
  });
});
