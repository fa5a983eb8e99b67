import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { allLevels, callerFor, CRITERIA, seedAttempt } from "./trainer-fixtures";

let tdb: TestDatabase;
let org: OrgWithUsers;
let other: OrgWithUsers;

beforeAll(async () => {
  tdb = await createTestDatabase();
  org = await createOrgWithUsers(tdb.db);
  other = await createOrgWithUsers(tdb.db);
});
afterAll(() => tdb?.drop());

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return "OK";
  } catch (err) {
    if (err instanceof TRPCError) return err.code;
    throw err;
  }
}

describe("review queue", () => {
  it("lists pending role-play attempts newest first, filtered by scenario, cohort and failed only, and paginates", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const second = await tdb.db.user.create({ data: { orgId: o.org.id, email: `l2-${o.org.slug}@t.test`, name: "Zed Second", passwordHash: "x" } });
    const cohort = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Queue cohort" } });
    await tdb.db.cohortMember.create({ data: { orgId: o.org.id, cohortId: cohort.id, userId: o.learner.id } });
    const t0 = Date.now() - 3600_000;
    const a1 = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(4), completedAt: new Date(t0) });
    const a2 = await seedAttempt(tdb.db, { orgId: o.org.id, userId: second.id, levels: allLevels(1), completedAt: new Date(t0 + 1000), contentId: "refund-demand" });
    const a3 = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(1), completedAt: new Date(t0 + 2000) });
    // Other organisations' attempts never show.
    await seedAttempt(tdb.db, { orgId: other.org.id, userId: other.learner.id, levels: allLevels(1) });

    const trainer = callerFor(tdb.db, o.trainer);
    const all = await trainer.review.queue({});
    expect(all.items.map((i) => i.attemptId)).toEqual([a3.id, a2.id, a1.id]);
    expect((await trainer.review.queue({ scenarioId: "refund-demand" })).items.map((i) => i.attemptId)).toEqual([a2.id]);
    expect((await trainer.review.queue({ cohortId: cohort.id })).items.map((i) => i.attemptId)).toEqual([a3.id, a1.id]);
    expect((await trainer.review.queue({ failedOnly: true })).items.map((i) => i.attemptId)).toEqual([a3.id, a2.id]);

    const p1 = await trainer.review.queue({ limit: 2 });
    expect(p1.items.map((i) => i.attemptId)).toEqual([a3.id, a2.id]);
    const p2 = await trainer.review.queue({ limit: 2, cursor: p1.nextCursor });
    expect(p2.items.map((i) => i.attemptId)).toEqual([a1.id]);
    expect(p2.nextCursor).toBeNull();
  });
});

describe("review queue filters", () => {
  it("offer the cohorts cohort.list shows and the built-in then published own scenarios, in one loader", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const mine = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "B shift" } });
    await tdb.db.cohortMember.create({ data: { orgId: o.org.id, cohortId: mine.id, userId: o.trainer.id } });
    await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "A shift" } });
    await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Old shift", archivedAt: new Date() } });
    const own = (key: string, title: string, publishedVersion: number | null, updatedAt: Date) =>
      tdb.db.authoredScenario.create({ data: { orgId: o.org.id, key, title, draft: {}, publishedVersion, createdById: o.trainer.id, updatedAt } });
    await own("our-old", "Our older scenario", 1, new Date(Date.now() - 60_000));
    await own("our-new", "Our newer scenario", 2, new Date());
    await own("our-draft", "Never published", null, new Date());
    await tdb.db.authoredScenario.create({ data: { orgId: other.org.id, key: "theirs", title: "Another org's", draft: {}, publishedVersion: 1, createdById: other.trainer.id } });

    for (const who of [o.trainer, o.admin]) {
      const api = callerFor(tdb.db, who);
      const filters = await api.review.queueFilters();
      expect(filters.cohorts).toEqual(await api.cohort.list({ scope: "all" }));
      const listed = await api.authoring.list();
      expect(filters.scenarios).toEqual([
        ...listed.builtIn.map((s) => ({ id: s.id, title: s.title })),
        ...listed.authored.filter((s) => s.publishedVersion != null).map((s) => ({ id: s.key, title: s.title })),
      ]);
    }
    const trainerView = await callerFor(tdb.db, o.trainer).review.queueFilters();
    expect(trainerView.cohorts.map((c) => c.name)).toEqual(["B shift"]);
    expect((await callerFor(tdb.db, o.admin).review.queueFilters()).cohorts.map((c) => c.name)).toEqual(["A shift", "B shift"]);
    expect(trainerView.scenarios.slice(-2)).toEqual([
      { id: "our-new", title: "Our newer scenario" },
      { id: "our-old", title: "Our older scenario" },
    ]);
  });
});

describe("review draft and release", () => {
  it("pre-fills the automatic levels, saves a draft the learner cannot see, enforces the override comment and releases", async () => {
    const auto = { "acknowledge-emotion": 2, "understand-problem": 2, "ownership-resolution": 2, "clear-communication": 2, "composure-boundaries": 2 };
    const attempt = await seedAttempt(tdb.db, { orgId: org.org.id, userId: org.learner.id, levels: auto });
    const trainer = callerFor(tdb.db, org.trainer);
    const learner = callerFor(tdb.db, org.learner);

    const screen = await trainer.review.get({ attemptId: attempt.id });
    expect(screen.criteria.map((c) => [c.criterionId, c.level, c.autoLevel])).toEqual(CRITERIA.map((c) => [c, 2, 2]));
    expect(screen.transcript).toHaveLength(2);
    expect(screen.tensionCurve).toEqual([70, 55, 30]);
    expect(screen.attempt.autoScore).toBe(50);
    expect(screen.criteria[0]!.evidence[0]).toContain("I'm sorry");

    // Draft with an override but no comment yet: allowed, flagged, invisible to the learner.
    const overridden = CRITERIA.map((c) => ({ criterionId: c, level: c === "ownership-resolution" ? 4 : 2 }));
    const draft = await trainer.review.saveDraft({ attemptId: attempt.id, criteria: overridden, comment: "Good ownership." });
    expect(draft.state).toBe("DRAFT");
    expect(draft.missingComments).toEqual(["ownership-resolution"]);
    const afterDraft = await tdb.db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(afterDraft.score).toBe(50);
    expect(afterDraft.reviewState).toBe("PENDING");
    expect(await learner.review.releasedForAttempt({ attemptId: attempt.id })).toBeNull();
    expect(await tdb.db.criterionScore.count({ where: { attemptId: attempt.id, source: "trainer" } })).toBe(0);
    // The queue still shows it, marked as drafted.
    const q = await trainer.review.queue({});
    expect(q.items.find((i) => i.attemptId === attempt.id)?.draftSavedAt).toBeTruthy();

    // Releasing the draft as it is fails on the missing override comment, as a field error.
    const err = await trainer.review.release({ attemptId: attempt.id }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe("BAD_REQUEST");
    expect((err as TRPCError).message).toMatch(/add a comment/);
    expect(((err as TRPCError).cause as { field?: string }).field).toBe("criteria.ownership-resolution");
    // A whitespace-only comment is no comment.
    const blank = overridden.map((c) => (c.criterionId === "ownership-resolution" ? { ...c, comment: "   " } : c));
    expect(await codeOf(trainer.review.release({ attemptId: attempt.id, criteria: blank }))).toBe("BAD_REQUEST");
    expect((await tdb.db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).reviewState).toBe("PENDING");

    const withComment = overridden.map((c) => (c.criterionId === "ownership-resolution" ? { ...c, comment: "Offered two concrete options." } : c));
    const released = await trainer.review.release({ attemptId: attempt.id, criteria: withComment, comment: "Well handled." });
    // 20*2/4 + 20*2/4 + 25*4/4 + 15*2/4 + 20*2/4 = 10 + 10 + 25 + 7.5 + 10 = 62.5 -> 63
    expect(released).toMatchObject({ state: "RELEASED", score: 63, passed: false, changed: true });

    const row = await tdb.db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row).toMatchObject({ score: 63, passed: false, autoScore: 50, reviewState: "RELEASED" });
    expect(row.officialLevels).toMatchObject({ "ownership-resolution": 4, "acknowledge-emotion": 2 });
    const scores = await tdb.db.criterionScore.findMany({ where: { attemptId: attempt.id }, orderBy: [{ source: "asc" }, { criterionId: "asc" }] });
    expect(scores.filter((s) => s.source === "auto")).toHaveLength(5);
    expect(scores.filter((s) => s.source === "trainer").find((s) => s.criterionId === "ownership-resolution")?.level).toBe(4);
    expect(scores.find((s) => s.source === "auto" && s.criterionId === "ownership-resolution")?.level).toBe(2);

    const seen = await learner.review.releasedForAttempt({ attemptId: attempt.id });
    expect(seen).toMatchObject({ score: 63, passed: false, autoScore: 50, comment: "Well handled." });
    expect(seen?.criteria.find((c) => c.criterionId === "ownership-resolution")).toMatchObject({ level: 4, autoLevel: 2, comment: "Offered two concrete options." });
    // Released attempts leave the queue.
    expect((await trainer.review.queue({})).items.some((i) => i.attemptId === attempt.id)).toBe(false);

    // Releasing again is idempotent: same result, no second audit entry.
    const again = await trainer.review.release({ attemptId: attempt.id, criteria: withComment, comment: "Well handled." });
    expect(again).toMatchObject({ score: 63, changed: false });
    const audits = await tdb.db.auditLog.findMany({ where: { orgId: org.org.id, targetId: attempt.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["review.draft", "review.release"]);
    expect(audits[1]).toMatchObject({ actorId: org.trainer.id, before: { score: 50, autoScore: 50 } });
    // A draft over a released review is refused (it would change what the learner reads).
    expect(await codeOf(trainer.review.saveDraft({ attemptId: attempt.id, criteria: withComment }))).toBe("PRECONDITION_FAILED");
  });

  it("releases without a comment when the trainer agrees with every automatic level, and uses the assignment's pass mark", async () => {
    const cohort = await tdb.db.cohort.create({ data: { orgId: org.org.id, name: "Pass mark cohort" } });
    const assignment = await tdb.db.assignment.create({
      data: { orgId: org.org.id, cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", passMark: 50, assignedById: org.trainer.id },
    });
    const attempt = await seedAttempt(tdb.db, { orgId: org.org.id, userId: org.learner.id, levels: allLevels(2), assignmentId: assignment.id });
    const trainer = callerFor(tdb.db, org.trainer);
    const r = await trainer.review.release({ attemptId: attempt.id, criteria: CRITERIA.map((c) => ({ criterionId: c, level: 2 })) });
    expect(r).toMatchObject({ score: 50, passed: true });
  });

  it("rejects incomplete or out-of-range scores", async () => {
    const attempt = await seedAttempt(tdb.db, { orgId: org.org.id, userId: org.learner.id, levels: allLevels(3) });
    const trainer = callerFor(tdb.db, org.trainer);
    expect(await codeOf(trainer.review.saveDraft({ attemptId: attempt.id, criteria: [{ criterionId: "acknowledge-emotion", level: 3 }] }))).toBe("BAD_REQUEST");
    expect(await codeOf(trainer.review.saveDraft({ attemptId: attempt.id, criteria: CRITERIA.map((c) => ({ criterionId: c, level: 5 })) }))).toBe("BAD_REQUEST");
    expect(await codeOf(trainer.review.saveDraft({ attemptId: attempt.id, criteria: [...CRITERIA, "made-up"].map((c) => ({ criterionId: c, level: 3 })) }))).toBe("BAD_REQUEST");
  });

  it("keeps reviews inside the organisation and away from other learners", async () => {
    const attempt = await seedAttempt(tdb.db, { orgId: org.org.id, userId: org.learner.id, levels: allLevels(3) });
    const criteria = CRITERIA.map((c) => ({ criterionId: c, level: 3 }));
    await callerFor(tdb.db, org.trainer).review.release({ attemptId: attempt.id, criteria });
    const outsider = callerFor(tdb.db, other.admin);
    expect(await codeOf(outsider.review.get({ attemptId: attempt.id }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.review.release({ attemptId: attempt.id, criteria }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.review.releasedForAttempt({ attemptId: attempt.id }))).toBe("NOT_FOUND");
    const classmate = await tdb.db.user.create({ data: { orgId: org.org.id, email: `mate-${org.org.slug}@t.test`, name: "Classmate", passwordHash: "x" } });
    expect(await codeOf(callerFor(tdb.db, { ...classmate, role: "LEARNER" }).review.releasedForAttempt({ attemptId: attempt.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(tdb.db, org.learner).review.get({ attemptId: attempt.id }))).toBe("FORBIDDEN");
  });
});
