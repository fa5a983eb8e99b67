import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { strToU8, zipSync } from "fflate";
import { getRubric, getScenario } from "@defuse/content";
import { replay, scoreConversation } from "@defuse/roleplay";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { callerFor } from "./trainer-fixtures";

let tdb: TestDatabase;
let org: OrgWithUsers;
let other: OrgWithUsers;

beforeAll(async () => {
  tdb = await createTestDatabase();
  org = await createOrgWithUsers(tdb.db);
  other = await createOrgWithUsers(tdb.db);
});
afterAll(() => tdb?.drop());

const b64 = (u: Uint8Array) => Buffer.from(u).toString("base64");
const GOOD_CALL =
  "[00:00:01] Customer: You've charged me twice for March, card 4111 1111 1111 1111, it's ridiculous!\n" +
  "[00:00:07] Agent: I'm sorry you've been charged twice for March. I'll refund the second £42.50 today; it shows in 3 to 5 working days.\n" +
  "[00:00:15] Customer: Okay, thank you. My email is jo@example.com if you need it.";

async function codeAndMessage(p: Promise<unknown>) {
  try {
    await p;
    return { code: "OK", message: "" };
  } catch (err) {
    if (err instanceof TRPCError) return { code: err.code, message: err.message };
    throw err;
  }
}

describe("transcript import", () => {
  it("previews a zip file by file, then imports nothing while one file is broken, and everything once it is fixed", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const email = o.learner.email;
    const broken = zipSync({
      [`${email}__call-1.txt`]: strToU8(GOOD_CALL),
      [`${email}__call-2.json`]: strToU8(JSON.stringify({ turns: [{ speaker: "customer", text: "Hello?" }, { speaker: "agent", text: "Hi, how can I help?" }] })),
      "call-3.csv": strToU8(`speaker,text,email\nCustomer,My parcel is late,${email}\nBob,Hello,${email}\n`),
    });
    const upload = { fileName: "calls.zip", data: b64(broken), rubricId: "core-deescalation" };
    const preview = await trainer.qa.previewImport(upload);
    expect(preview.ok).toBe(false);
    expect(preview.problems).toEqual([{ file: "call-3.csv", line: 3, message: expect.stringContaining('unknown speaker "Bob"') }]);
    const first = preview.files.find((f) => f.name.endsWith("call-1.txt"))!;
    expect(first.agent?.email).toBe(email);
    expect(first.masked).toEqual({ card: 1, email: 1 });
    expect(first.maskedShown).toEqual(["line 1: card number ending 1111", "line 3: an email address"]);
    expect(first.firstTurns[0]!.text).toContain("[card number]");
    expect(first.score?.score).toBeGreaterThan(0);

    const refused = await codeAndMessage(trainer.qa.import({ ...upload, key: "upload-key-broken" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/Nothing was imported.*call-3\.csv, line 3: unknown speaker "Bob"/);
    expect(await tdb.db.attempt.count({ where: { orgId: o.org.id, kind: "REAL_CALL" } })).toBe(0);
    expect(await tdb.db.transcript.count({ where: { orgId: o.org.id } })).toBe(0);

    const fixed = zipSync({
      [`${email}__call-1.txt`]: strToU8(GOOD_CALL),
      [`${email}__call-2.json`]: strToU8(JSON.stringify({ turns: [{ speaker: "customer", text: "Hello?" }, { speaker: "agent", text: "Hi, how can I help?" }] })),
      "call-3.csv": strToU8(`speaker,text,email\nCustomer,My parcel is late,${email}\nAgent,Sorry your parcel is late; I'll send a new one tomorrow,${email}\n`),
    });
    const done = await trainer.qa.import({ ...upload, data: b64(fixed), key: "upload-key-fixed" });
    expect(done.attemptIds).toHaveLength(3);
    const again = await trainer.qa.import({ ...upload, data: b64(fixed), key: "upload-key-fixed" });
    expect(again).toMatchObject({ importId: done.importId, duplicate: true });
    expect(await tdb.db.attempt.count({ where: { orgId: o.org.id, kind: "REAL_CALL" } })).toBe(3);

    const stored = await tdb.db.transcript.findMany({ where: { orgId: o.org.id } });
    stored.sort((a, b) => a.fileName.localeCompare(b.fileName));
    expect(stored.map((t) => t.fileName).sort()).toEqual([`${email}__call-1.txt`, `${email}__call-2.json`, "call-3.csv"].sort());
    const call1 = stored.find((t) => t.fileName.endsWith("call-1.txt"))!;
    const text = JSON.stringify(stored.map((t) => t.turns));
    expect(text).not.toContain("4111");
    expect(text).not.toContain("jo@example.com");
    const attempt = await tdb.db.attempt.findFirstOrThrow({ where: { id: call1.attemptId }, select: { userId: true, reviewState: true, autoScore: true } });
    expect(attempt).toMatchObject({ userId: o.learner.id, reviewState: "PENDING" });
    const audit = await tdb.db.auditLog.findMany({ where: { orgId: o.org.id, action: { in: ["transcript.import", "transcripts.import"] } } });
    expect(audit).toHaveLength(4);
    expect(JSON.stringify(audit)).not.toContain("4111");
  });

  it("stores a scorecard of the same shape as a practice attempt's", async () => {
    const trainer = callerFor(tdb.db, org.trainer);
    const res = await trainer.qa.import({ fileName: "one.txt", data: b64(strToU8(GOOD_CALL)), rubricId: "core-deescalation", agentId: org.learner.id, key: "shape-key-1" });
    const a = await tdb.db.attempt.findFirstOrThrow({ where: { id: res.attemptIds[0]! }, select: { autoResult: true } });
    const scenario = getScenario("billing-error")!;
    const practice = scoreConversation(scenario, getRubric("core-deescalation")!, replay(scenario, ["I'm sorry about the bill."], { seed: 1 }).turns);
    const stored = a.autoResult as Record<string, unknown>;
    for (const k of Object.keys(practice)) expect(stored, `autoResult lacks ${k}`).toHaveProperty(k);
    const criterion = (stored.criteria as Record<string, unknown>[])[0]!;
    expect(Object.keys(criterion).sort()).toEqual(Object.keys(practice.criteria[0]!).sort());
  });

  it("never reaches another organisation's agent or names an agent by an email outside the organisation", async () => {
    const trainer = callerFor(tdb.db, org.trainer);
    const cross = await codeAndMessage(
      trainer.qa.previewImport({ fileName: "one.txt", data: b64(strToU8(GOOD_CALL)), rubricId: "core-deescalation", agentId: other.learner.id }),
    );
    expect(cross.code).toBe("NOT_FOUND");
    const byName = await trainer.qa.previewImport({ fileName: `${other.learner.email}__x.txt`, data: b64(strToU8(GOOD_CALL)), rubricId: "core-deescalation" });
    expect(byName.ok).toBe(false);
    expect(byName.problems[0]!.message).toContain(`no active person with the email ${other.learner.email}`);
    // the form's agent picker finds the organisation's own learners only, and takes % literally
    const found = await trainer.qa.agents({ q: org.learner.email });
    expect(found.map((a) => a.id)).toEqual([org.learner.id]);
    expect(await trainer.qa.agents({ q: other.learner.email })).toEqual([]);
    expect(await trainer.qa.agents({ q: "%" })).toEqual([]);
  });

  it("refuses an oversized upload before reading it, and learners cannot import", async () => {
    const trainer = callerFor(tdb.db, org.trainer);
    const big = await codeAndMessage(trainer.qa.previewImport({ fileName: "big.txt", data: "A".repeat(12 * 1024 * 1024), rubricId: "core-deescalation" }));
    expect(big.code).toBe("BAD_REQUEST");
    expect(big.message).toMatch(/too large/);
    const learner = callerFor(tdb.db, org.learner);
    expect((await codeAndMessage(learner.qa.previewImport({ fileName: "one.txt", data: b64(strToU8(GOOD_CALL)), rubricId: "core-deescalation" }))).code).toBe("FORBIDDEN");
  });
});

describe("real calls in the review queue and on the agent's progress", () => {
  it("queues real calls beside practice (filtered by source), reviews and releases them, and shows the agent only released ones with a technique comparison", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const agent = callerFor(tdb.db, o.learner);
    const { seedAttempt, allLevels } = await import("./trainer-fixtures");
    // two practice attempts that show empathy; the real call does not
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(3), techniques: ["empathy", "solution"] });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(3), techniques: ["empathy"] });
    const call = "Customer: My bill is wrong again.\nAgent: I'll correct the bill today and refund the £30 within 5 working days.";
    const res = await trainer.qa.import({ fileName: "bill-call.txt", data: b64(strToU8(call)), rubricId: "core-deescalation", agentId: o.learner.id, key: "queue-key-1" });
    const realId = res.attemptIds[0]!;

    const all = await trainer.review.queue({});
    expect(all.items).toHaveLength(3);
    const real = await trainer.review.queue({ source: "real" });
    expect(real.items.map((i) => [i.attemptId, i.title, i.source])).toEqual([[realId, "Real call: bill-call.txt", "real"]]);
    expect((await trainer.review.queue({ source: "practice" })).items.every((i) => i.source === "practice")).toBe(true);

    const view = await trainer.review.get({ attemptId: realId });
    expect(view.attempt.opening).toBe("My bill is wrong again.");
    expect(view.transcript[0]!.agentText).toMatch(/correct the bill/);
    expect(view.transcript[0]!.techniques).toContain("solution");
    expect(view.criteria.every((c) => c.autoLevel !== null)).toBe(true);

    expect((await agent.qa.myRealCalls({})).items).toEqual([]);
    // the progress page reads the same in its own statement: nothing before the release
    expect((await agent.learner.progress()).realCalls).toEqual(await agent.qa.myRealCalls({}));
    // the review form sends a comment field for every line shown, as for practice
    const lines = view.transcript.map((t) => ({ turn: t.index, comment: t.index === 0 ? "Name the charge here." : "" }));
    expect(lines.length).toBeGreaterThan(0);
    await trainer.review.saveDraft({ attemptId: realId, criteria: view.criteria.map((c) => ({ criterionId: c.criterionId, level: 2, comment: "Heard on the recording." })), comment: "Draft.", turnComments: lines });
    await trainer.review.release({ attemptId: realId, criteria: view.criteria.map((c) => ({ criterionId: c.criterionId, level: 2, comment: "Heard on the recording." })), comment: "Good fix; name how they feel.", turnComments: lines });
    const mine = await agent.qa.myRealCalls({});
    expect(mine.items).toMatchObject([{ attemptId: realId, title: "Real call: bill-call.txt", score: 50 }]);
    const empathy = mine.comparison.find((c) => c.technique === "empathy")!;
    expect(empathy).toEqual({ technique: "empathy", practice: 100, realCalls: 0, notCarriedOver: true });
    expect(mine.comparison.find((c) => c.technique === "solution")).toMatchObject({ practice: 50, realCalls: 100, notCarriedOver: false });
    expect(mine.comparedOver).toEqual({ practice: 2, realCalls: 1 });
    expect((await agent.learner.progress()).realCalls).toEqual(mine);
    expect(await agent.review.releasedForAttempt({ attemptId: realId })).toMatchObject({ score: 50, comment: "Good fix; name how they feel." });
    // another agent in the organisation sees none of it
    const colleague = await tdb.db.user.create({ data: { orgId: o.org.id, email: `c-${o.org.slug}@t.test`, name: "Colleague", passwordHash: "x" } });
    expect((await callerFor(tdb.db, colleague).qa.myRealCalls({})).items).toEqual([]);
    expect((await callerFor(tdb.db, colleague).learner.progress()).realCalls).toMatchObject({ items: [], comparedOver: { practice: 0, realCalls: 0 } });
  });

  it("the agent reads their released real call: masked transcript, labels, tension explained, evidence and comments, but nothing of the calibration behind it", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const blindName = `Blind Calibrator ${o.org.slug}`;
    const second = await tdb.db.user.create({ data: { orgId: o.org.id, email: `b-${o.org.slug}@t.test`, name: blindName, passwordHash: "x", role: "TRAINER" } });
    const trainer = callerFor(tdb.db, o.trainer);
    const agent = callerFor(tdb.db, o.learner);
    const res = await trainer.qa.import({ fileName: "call-9.txt", data: b64(strToU8(GOOD_CALL)), rubricId: "core-deescalation", agentId: o.learner.id, key: "agent-view-key" });
    const attemptId = res.attemptIds[0]!;
    expect(await agent.review.releasedForAttempt({ attemptId })).toBeNull(); // nothing before release

    const { sessionId } = await trainer.qa.openCalibration({ attemptId, trainerIds: [second.id] });
    const criteria = (await trainer.review.get({ attemptId })).criteria.map((c) => c.criterionId);
    const at = (l: number) => Object.fromEntries(criteria.map((c) => [c, l]));
    await trainer.qa.scoreCalibration({ sessionId, levels: at(3) });
    await callerFor(tdb.db, second).qa.scoreCalibration({ sessionId, levels: at(0) }); // a blind outlier
    await trainer.qa.agreeCalibration({ sessionId, levels: at(3), comment: "Clear ownership of the refund." });
    const view = await trainer.review.get({ attemptId });
    await trainer.review.release({
      attemptId,
      criteria: criteria.map((criterionId) => ({ criterionId, level: 3, comment: "Agreed." })),
      comment: "Clear ownership of the refund.",
      turnComments: [{ turn: 0, comment: "Naming the amount helped." }],
    });
    expect(view.reflection).toBeNull(); // a real call has no learner's reflection

    const seen = (await agent.review.releasedForAttempt({ attemptId }))!;
    expect(seen).toMatchObject({ source: "real", title: "Real call: call-9.txt", comment: "Clear ownership of the refund." });
    // the customer's opening, masked, with why the tension stands where it does
    expect(seen.call!.opening).toContain("[card number]");
    expect(seen.call!.openingReason).toMatch(/^Tension rose \(35 → \d+\): the customer said .*"ridiculous" \(anger\)/);
    const turn = seen.call!.turns[0]!;
    expect(turn.agentText).toMatch(/refund the second £42\.50 today/);
    expect(turn.techniques.length).toBeGreaterThan(0);
    expect(turn.comment).toBe("Naming the amount helped.");
    expect(turn.customerLine).toContain("[email]");
    expect(turn.reason).toMatch(/Tension (fell|rose|held)/);
    expect(seen.criteria.some((c) => c.evidence.some((e) => e.turn === 0 && e.quote.length > 0))).toBe(true);
    // nothing of the calibration: not the other trainer, not their blind levels, not the session
    const text = JSON.stringify(seen);
    expect(text).not.toContain(blindName);
    expect(text).not.toContain(sessionId);
    expect(text).not.toContain("4111");
    expect(text).not.toContain("jo@example.com");
    expect(seen.criteria.every((c) => c.level === 3)).toBe(true);
  });
});
