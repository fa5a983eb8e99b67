import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../src/index";
import { DEMO_PASSWORD, seed } from "../src/seed";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "../src/testing";

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "correct horse")).toBe(true);
    expect(await verifyPassword(hash, "wrong horse")).toBe(false);
    expect(await verifyPassword("not-a-hash", "correct horse")).toBe(false);
  });
});

describe("seed", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.drop();
  });

  async function counts() {
    const db = t.db;
    return {
      organizations: await db.organization.count(),
      users: await db.user.count(),
      cohorts: await db.cohort.count(),
      members: await db.cohortMember.count(),
      assignments: await db.assignment.count(),
      enrollments: await db.enrollment.count(),
      attempts: await db.attempt.count(),
      turns: await db.attemptTurn.count(),
      criterionScores: await db.criterionScore.count(),
    };
  }

  it("restores a demo account an admin changed, and removes hand-made attempts of earlier seeds", async () => {
    await seed(t.db);
    const learner = await t.db.user.findUniqueOrThrow({ where: { email: "learner@defuse.test" } });
    await t.db.user.update({ where: { id: learner.id }, data: { mustChangePassword: true, active: false } });
    await t.db.attempt.create({ data: { id: "seed-roleplay-lena", orgId: learner.orgId, userId: learner.id, kind: "ROLEPLAY", contentId: "billing-error", contentVersion: 1, status: "COMPLETED" } });
    await seed(t.db);
    const again = await t.db.user.findUniqueOrThrow({ where: { id: learner.id } });
    expect([again.active, again.mustChangePassword]).toEqual([true, false]);
    expect(await t.db.attempt.count({ where: { id: "seed-roleplay-lena" } })).toBe(0);
  });

  it("runs twice without duplicating anything", async () => {
    await seed(t.db);
    const first = await counts();
    await seed(t.db);
    expect(await counts()).toEqual(first);

    expect(first.organizations).toBe(2);
    expect(first.users).toBe(10); // 3 demo accounts + 6 learners + Northwind admin
    expect(first.members).toBe(8); // 7 learners (the demo learner and six more) and the demo trainer
    expect(first.assignments).toBe(3);
    // What learners have done is played through the learner services by prisma/seed.ts
    // (packages/api/src/seed/demoActivity.ts, tested in packages/api/test/demo-seed.test.ts).
    expect(first.enrollments).toBe(0);
    expect(first.attempts).toBe(0);
    expect(first.turns).toBe(0);
    expect(first.criterionScores).toBe(0);

    const learner = await t.db.user.findUniqueOrThrow({ where: { email: "learner@defuse.test" }, include: { org: true } });
    expect(learner.role).toBe("LEARNER");
    expect(learner.name).toBe("Lena Learner");
    expect(learner.org.slug).toBe("demo");
    expect(await verifyPassword(learner.passwordHash, DEMO_PASSWORD)).toBe(true);
    const cohort = await t.db.cohort.findFirstOrThrow({ where: { orgId: learner.orgId } });
    expect(cohort.name.startsWith("Onboarding")).toBe(true);
    const northwindAdmin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@northwind.test" }, include: { org: true } });
    expect(northwindAdmin.org.name).toBe("Northwind Support");
  });

  it("createOrgWithUsers makes unique organisations and users", async () => {
    const a = await createOrgWithUsers(t.db);
    const b = await createOrgWithUsers(t.db);
    expect(a.org.id).not.toBe(b.org.id);
    expect(a.learner.email).not.toBe(b.learner.email);
    expect([a.admin.role, a.trainer.role, a.learner.role]).toEqual(["ADMIN", "TRAINER", "LEARNER"]);
    expect(await verifyPassword(a.admin.passwordHash, a.password)).toBe(true);
  });
});
