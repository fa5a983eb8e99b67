/**
 * Play-testing a draft the engine could not finish (issue 13): publishing refuses it with the
 * reason, but the author may play it to see why, and the play-test carries the reasons for its
 * page. A draft that fails the schema stays refused, with its field errors.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { callerFor, codeOf } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(() => tdb?.drop());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drafts are edited as plain JSON
type Draft = { scenario: Record<string, any> };
type Trainer = ReturnType<typeof callerFor>;
async function edit(t: Trainer, id: string, change: (d: Draft) => void) {
  const got = await t.authoring.get({ id });
  const draft = structuredClone(got.draft) as Draft;
  change(draft);
  return t.authoring.saveDraft({ id, revision: got.revision, text: JSON.stringify(draft) });
}

/** A duplicate of billing-error whose resolve tension is out of reach: well formed, but the engine could never resolve it. */
async function unfinishable() {
  const o = await createOrgWithUsers(tdb.db);
  const trainer = callerFor(tdb.db, o.trainer);
  const { id } = await trainer.authoring.create({ from: "billing-error", title: "Stuck call" });
  const saved = await edit(trainer, id, (d) => {
    d.scenario.startTension = 95;
    d.scenario.engine.resolveAtOrBelow = 5;
    d.scenario.engine.maxDropPerTurn = 2;
  });
  return { o, trainer, id, saved };
}

describe("play-testing a draft the engine could not finish", () => {
  it("is refused at publish with the reason, but plays, and the play-test says why it cannot be published", async () => {
    const { o, trainer, id, saved } = await unfinishable();
    // the editor learns which problems are about finishing, so it can offer the play-test
    expect(saved.errors).toEqual([{ path: "scenario.engine.resolveAtOrBelow", message: expect.stringMatching(/^unreachable: from start tension 95/), kind: "finishability" }]);
    const refused = (await trainer.authoring.publish({ id }).catch((e: Error) => e)) as Error & { code?: string };
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toMatch(/cannot be published yet: scenario\.engine\.resolveAtOrBelow: unreachable/);

    const { sessionId } = await trainer.authoring.startPlaytest({ id, mode: "freeText" });
    const started = await trainer.authoring.playtest({ sessionId });
    expect(started.cannotPublish).toEqual([{ path: "scenario.engine.resolveAtOrBelow", message: expect.stringMatching(/^unreachable: from start tension 95, at most 2 a turn/) }]);
    expect(started.tension).toBe(95);
    // it plays like any draft, and the tension never gets near the resolve mark
    let last = started.tension;
    for (const text of [
      "I'm so sorry about the bill, that must be worrying.",
      "Let me look at the account and put it right for you today.",
      "I'll refund the difference now and email you the corrected bill.",
    ]) {
      const turn = await trainer.authoring.playtestTurn({ attemptId: sessionId, clientTurnId: randomUUID(), text });
      expect(turn.tension).toBeGreaterThanOrEqual(last - 2);
      last = turn.tension;
    }
    const finished = await trainer.authoring.playtestFinish({ attemptId: sessionId });
    expect(finished.status).toBe("COMPLETED");
    expect(finished.outcome).not.toBe("resolved");
    expect(finished.result?.criteria.length).toBeGreaterThan(0);
    // the reasons stay with the finished play-test, and fixing the draft later does not change it
    await edit(trainer, id, (d) => {
      d.scenario.engine.maxDropPerTurn = 20;
      d.scenario.engine.resolveAtOrBelow = 30;
    });
    expect((await trainer.authoring.playtest({ sessionId })).cannotPublish).toHaveLength(1);
    // nothing of it reached a learner's records
    expect(await tdb.db.attempt.count({ where: { orgId: o.org.id } })).toBe(0);

    // once fixed, a new play-test has nothing to warn about, and the draft publishes
    const again = await trainer.authoring.startPlaytest({ id, mode: "branching" });
    expect((await trainer.authoring.playtest({ sessionId: again.sessionId })).cannotPublish).toEqual([]);
    expect((await trainer.authoring.publish({ id })).version).toBe(1);
  });

  it("names every reason the engine could not finish, in branching mode too", async () => {
    const { trainer, id } = await unfinishable();
    await edit(trainer, id, (d) => {
      d.scenario.engine.needs = [["blame"]];
      for (const n of d.scenario.branching.nodes) if (n.outcome === "resolved") n.outcome = "escalated";
    });
    const { sessionId } = await trainer.authoring.startPlaytest({ id, mode: "branching" });
    const view = await trainer.authoring.playtest({ sessionId });
    expect(view.cannotPublish.map((e) => e.path).sort()).toEqual(["scenario.branching.nodes", "scenario.engine.needs[0]", "scenario.engine.resolveAtOrBelow"]);
    expect(view.mode).toBe("branching");
    expect(view.choices.length).toBeGreaterThan(0);
  });

  it("a draft that fails the schema stays refused, with its field errors, even when it is also unfinishable", async () => {
    const { o, trainer, id } = await unfinishable();
    const saved = await edit(trainer, id, (d) => {
      d.scenario.lines.calmer[0] = "";
    });
    expect(saved.errors).toContainEqual({ path: "scenario.lines.calmer[0]", message: "must not be empty" });
    const refused = (await trainer.authoring.startPlaytest({ id, mode: "freeText" }).catch((e: Error) => e)) as Error & { code?: string };
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toContain("Fix the draft before play-testing it: scenario.lines.calmer[0]: must not be empty");
    // not valid JSON at all: refused too
    const got = await trainer.authoring.get({ id });
    await trainer.authoring.saveDraft({ id, revision: got.revision, text: '{"scenario": {' });
    expect(await codeOf(trainer.authoring.startPlaytest({ id, mode: "freeText" }))).toBe("PRECONDITION_FAILED");
    expect(await tdb.db.playtestSession.count({ where: { orgId: o.org.id } })).toBe(0);
  });

  it("another organisation's trainer cannot play-test it", async () => {
    const { id } = await unfinishable();
    const other = await createOrgWithUsers(tdb.db);
    expect(await codeOf(callerFor(tdb.db, other.trainer).authoring.startPlaytest({ id, mode: "freeText" }))).toBe("NOT_FOUND");
  });
});
