// Demo data, part one: the accounts and the organisation around them. Two organisations
// (isolation is visible), demo accounts for every role, a cohort with its members and assignments.
//
// What learners have *done* (lessons, knowledge checks, role-plays, a released review) is not
// written here: @defuse/db must not import the API, and those rows must be exactly what the real
// learner code paths produce. packages/api/src/seed/demoActivity.ts plays them through the learner
// and review services; prisma/seed.ts runs both parts.
//
// Idempotent: every row is upserted by a natural key ((org slug), (email), (orgId, name)) or,
// where the schema has none, by a fixed seed id. Running it twice leaves the same rows.
import { hashPassword } from "./password";
import type { Db } from "./index";

export const DEMO_PASSWORD = "defuse-demo";

export const DEMO_ORG_SLUG = "demo";
export const DEMO_TRAINER_EMAIL = "trainer@defuse.test";
export const DEMO_COHORT_NAME = "Onboarding — November";

const MODULE_ASSIGNMENTS = ["roleplay-practice", "communication-workshops"] as const;
const DAY = 24 * 60 * 60 * 1000;

/** The demo organisation's learners: Lena is the account people sign in with. */
export const DEMO_LEARNERS = [
  { key: "lena", name: "Lena Learner", email: "learner@defuse.test" },
  { key: "priya", name: "Priya Patel", email: "priya@defuse.test" },
  { key: "marcus", name: "Marcus Reid", email: "marcus@defuse.test" },
  { key: "sofia", name: "Sofia Alvarez", email: "sofia@defuse.test" },
  { key: "tom", name: "Tom Okafor", email: "tom@defuse.test" },
  { key: "hana", name: "Hana Suzuki", email: "hana@defuse.test" },
  { key: "declan", name: "Declan Byrne", email: "declan@defuse.test" },
] as const;

export interface SeedSummary {
  organizations: number;
  users: number;
}

/** Seeds the demo accounts, cohort and assignments into `db`. Safe to run any number of times. */
export async function seed(db: Db, now = new Date()): Promise<SeedSummary> {
  // argon2 is deliberately slow: hash once per run, share it between all demo accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const upsertOrg = (slug: string, name: string) =>
    db.organization.upsert({ where: { slug }, create: { slug, name }, update: { name } });
  const upsertUser = (orgId: string, email: string, name: string, role: "ADMIN" | "TRAINER" | "LEARNER") =>
    db.user.upsert({
      where: { email },
      create: { orgId, email, name, role, passwordHash },
      // Re-seeding restores the demo accounts to a usable state.
      update: { orgId, name, role, passwordHash, active: true, mustChangePassword: false },
    });

  const demo = await upsertOrg(DEMO_ORG_SLUG, "Demo Contact Centre");
  await upsertUser(demo.id, "admin@defuse.test", "Ada Admin", "ADMIN");
  const trainer = await upsertUser(demo.id, DEMO_TRAINER_EMAIL, "Tariq Trainer", "TRAINER");

  const cohort = await db.cohort.upsert({
    where: { orgId_name: { orgId: demo.id, name: DEMO_COHORT_NAME } },
    create: { orgId: demo.id, name: DEMO_COHORT_NAME, description: "New starters on the billing line." },
    update: { archivedAt: null },
  });

  // CohortMember and Assignment have no natural unique key in the schema: fixed seed ids.
  for (const spec of DEMO_LEARNERS) {
    const user = await upsertUser(demo.id, spec.email, spec.name, "LEARNER");
    const id = `seed-member-${spec.key}`;
    await db.cohortMember.upsert({
      where: { id },
      create: { id, orgId: demo.id, cohortId: cohort.id, userId: user.id },
      update: { cohortId: cohort.id, userId: user.id, removedAt: null },
    });
  }

  // The demo trainer looks after the demo cohort (trainers see the cohorts they belong to).
  await db.cohortMember.upsert({
    where: { id: "seed-member-trainer" },
    create: { id: "seed-member-trainer", orgId: demo.id, cohortId: cohort.id, userId: trainer.id },
    update: { cohortId: cohort.id, userId: trainer.id, removedAt: null },
  });

  // Due dates are fixed when first created, so a second run changes nothing.
  const assignments = [
    { id: `seed-assignment-${MODULE_ASSIGNMENTS[0]}`, kind: "MODULE", contentId: MODULE_ASSIGNMENTS[0], dueAt: new Date(now.getTime() + 7 * DAY) },
    { id: `seed-assignment-${MODULE_ASSIGNMENTS[1]}`, kind: "MODULE", contentId: MODULE_ASSIGNMENTS[1], dueAt: new Date(now.getTime() + 14 * DAY) },
    { id: "seed-assignment-billing-error", kind: "SCENARIO", contentId: "billing-error", dueAt: null },
  ] as const;
  for (const a of assignments) {
    const data = { orgId: demo.id, cohortId: cohort.id, kind: a.kind, contentId: a.contentId, assignedById: trainer.id, withdrawnAt: null };
    await db.assignment.upsert({ where: { id: a.id }, create: { id: a.id, ...data, dueAt: a.dueAt }, update: data });
  }

  // Earlier versions of this seed wrote hand-made attempts (made-up criteria and techniques) under
  // fixed ids; they are replaced by attempts played through the learner services.
  // Their enrollments carried made-up percentages and no lastLessonId, which the learner services
  // always set; enrollments are now derived from the lessons and checks the learners complete.
  await db.attempt.deleteMany({ where: { orgId: demo.id, OR: [{ id: { startsWith: "seed-roleplay-" } }, { id: { startsWith: "seed-quiz-" } }] } });
  await db.enrollment.deleteMany({ where: { orgId: demo.id, lastLessonId: null } });

  // A second organisation, so that isolation between organisations is visible in the UI.
  const northwind = await upsertOrg("northwind", "Northwind Support");
  await upsertUser(northwind.id, "admin@northwind.test", "Nadia Northwind", "ADMIN");

  const [organizations, users] = await Promise.all([db.organization.count(), db.user.count()]);
  return { organizations, users };
}
