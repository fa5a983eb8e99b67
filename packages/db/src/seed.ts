// Demo data so a fresh install has something to look at: two organisations (isolation is
// visible), demo accounts for every role, a cohort with assignments, progress and completed
// attempts so trainer dashboards are not empty.
//
// Idempotent: every row is upserted by a natural key ((org slug), (email), (orgId, name),
// (userId, moduleId), (attemptId, index)…) or, where the schema has none, by a fixed seed id.
// Running it twice leaves the same rows (dates are refreshed relative to "now").
import { hashPassword } from "./password";
import type { Db } from "./index";

export const DEMO_PASSWORD = "defuse-demo";

// TODO(@defuse/content): take these from the content catalogue once it is exported; the ids below
// are the agreed fixed ids. "core-deescalation" is a placeholder rubric id for role-plays.
const MODULES = { roleplay: "roleplay-practice", workshops: "communication-workshops" } as const;
const QUIZ_ID = "communication-workshops-quiz"; // TODO(@defuse/content): real quiz id
const RUBRIC_ID = "core-deescalation"; // TODO(@defuse/content): real rubric id and criteria
const CRITERIA = ["acknowledgement", "empathy", "ownership", "clarity", "next-steps"] as const;
export const SCENARIO_IDS = ["billing-error", "misled-features", "refund-demand", "abusive-caller", "policy-exception"] as const;

const DAY = 24 * 60 * 60 * 1000;

interface SeedLearner {
  key: string;
  name: string;
  email: string;
  /** progress percent in [roleplay-practice, communication-workshops] */
  progress: [number, number];
  quiz?: { score: number };
  roleplay?: { scenario: (typeof SCENARIO_IDS)[number]; levels: number[]; outcome: "resolved" | "escalated" };
}

const OTHER_LEARNERS: SeedLearner[] = [
  { key: "priya", name: "Priya Patel", email: "priya@defuse.test", progress: [100, 60], quiz: { score: 90 }, roleplay: { scenario: "billing-error", levels: [3, 3, 2, 3, 2], outcome: "resolved" } },
  { key: "marcus", name: "Marcus Reid", email: "marcus@defuse.test", progress: [100, 100], quiz: { score: 80 }, roleplay: { scenario: "billing-error", levels: [2, 1, 2, 2, 1], outcome: "resolved" } },
  { key: "sofia", name: "Sofia Alvarez", email: "sofia@defuse.test", progress: [70, 20], quiz: { score: 55 }, roleplay: { scenario: "refund-demand", levels: [1, 1, 0, 1, 1], outcome: "escalated" } },
  { key: "tom", name: "Tom Okafor", email: "tom@defuse.test", progress: [40, 0], quiz: { score: 70 } },
  { key: "hana", name: "Hana Suzuki", email: "hana@defuse.test", progress: [100, 80], quiz: { score: 100 }, roleplay: { scenario: "misled-features", levels: [3, 2, 3, 3, 3], outcome: "resolved" } },
  { key: "declan", name: "Declan Byrne", email: "declan@defuse.test", progress: [0, 0] },
];

const TURNS = [
  {
    agent: "I'm sorry you've been charged twice, that's frustrating. Let me look at your account right now.",
    customer: "Fine. But this is the third time I've called about it.",
    techniques: ["apology", "acknowledge-feelings", "ownership"],
    tension: [70, 55],
  },
  {
    agent: "I can see the duplicate payment of £42.50 on the 3rd. I'll refund it today and note the account so it doesn't happen again.",
    customer: "Okay. How long will the refund take?",
    techniques: ["specifics", "ownership", "explain-next-steps"],
    tension: [55, 35],
  },
  {
    agent: "It'll be back on your card within 3 to 5 working days, and I'll email you the confirmation now.",
    customer: "Right, thank you. That's all I wanted.",
    techniques: ["explain-next-steps", "set-expectations"],
    tension: [35, 20],
  },
];

export interface SeedSummary {
  organizations: number;
  users: number;
}

/** Seeds the demo data into `db`. Safe to run any number of times. */
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

  const demo = await upsertOrg("demo", "Demo Contact Centre");
  await upsertUser(demo.id, "admin@defuse.test", "Ada Admin", "ADMIN");
  const trainer = await upsertUser(demo.id, "trainer@defuse.test", "Tariq Trainer", "TRAINER");
  const lena = await upsertUser(demo.id, "learner@defuse.test", "Lena Learner", "LEARNER");

  const cohortName = "Onboarding — November";
  const cohort = await db.cohort.upsert({
    where: { orgId_name: { orgId: demo.id, name: cohortName } },
    create: { orgId: demo.id, name: cohortName, description: "New starters on the billing line." },
    update: { archivedAt: null },
  });

  const learners: Array<{ user: { id: string }; spec: SeedLearner }> = [
    { user: lena, spec: { key: "lena", name: "Lena Learner", email: "learner@defuse.test", progress: [30, 0] } },
  ];
  for (const spec of OTHER_LEARNERS) {
    learners.push({ user: await upsertUser(demo.id, spec.email, spec.name, "LEARNER"), spec });
  }

  // CohortMember and Assignment have no natural unique key in the schema: fixed seed ids.
  for (const { user, spec } of learners) {
    const id = `seed-member-${spec.key}`;
    await db.cohortMember.upsert({
      where: { id },
      create: { id, orgId: demo.id, cohortId: cohort.id, userId: user.id },
      update: { cohortId: cohort.id, userId: user.id, removedAt: null },
    });
  }

  const assignments = [
    { id: "seed-assignment-roleplay-practice", kind: "MODULE", contentId: MODULES.roleplay, dueAt: new Date(now.getTime() + 7 * DAY) },
    { id: "seed-assignment-communication-workshops", kind: "MODULE", contentId: MODULES.workshops, dueAt: new Date(now.getTime() + 14 * DAY) },
    { id: "seed-assignment-billing-error", kind: "SCENARIO", contentId: "billing-error", dueAt: null },
  ] as const;
  for (const a of assignments) {
    const data = { orgId: demo.id, cohortId: cohort.id, kind: a.kind, contentId: a.contentId, dueAt: a.dueAt, assignedById: trainer.id, withdrawnAt: null };
    await db.assignment.upsert({ where: { id: a.id }, create: { id: a.id, ...data }, update: data });
  }

  for (const { user, spec } of learners) {
    for (const [i, moduleId] of [MODULES.roleplay, MODULES.workshops].entries()) {
      const progress = spec.progress[i] ?? 0;
      const status = progress === 0 ? "NOT_STARTED" : progress === 100 ? "COMPLETED" : "IN_PROGRESS";
      const data = {
        status,
        progress,
        startedAt: progress > 0 ? new Date(now.getTime() - 10 * DAY) : null,
        completedAt: progress === 100 ? new Date(now.getTime() - 2 * DAY) : null,
      } as const;
      await db.enrollment.upsert({
        where: { userId_moduleId: { userId: user.id, moduleId } },
        create: { orgId: demo.id, userId: user.id, moduleId, ...data },
        update: data,
      });
    }
  }

  for (const [n, { user, spec }] of learners.entries()) {
    const completedAt = new Date(now.getTime() - (n + 1) * DAY);
    if (spec.quiz) {
      const id = `seed-quiz-${spec.key}`;
      const passed = spec.quiz.score >= demo.defaultPassMark;
      const data = {
        orgId: demo.id,
        userId: user.id,
        kind: "QUIZ",
        contentId: QUIZ_ID,
        contentVersion: 1,
        status: "COMPLETED",
        answers: { q1: "b", q2: "a", q3: "d" },
        autoScore: spec.quiz.score,
        autoPassed: passed,
        score: spec.quiz.score,
        passed,
        startedAt: new Date(completedAt.getTime() - 8 * 60 * 1000),
        completedAt,
      } as const;
      await db.attempt.upsert({ where: { id }, create: { id, ...data }, update: data });
    }
    if (spec.roleplay) await seedRoleplay(db, { orgId: demo.id, userId: user.id, key: spec.key, completedAt, ...spec.roleplay, passMark: demo.defaultPassMark });
  }

  // A second organisation, so that isolation between organisations is visible in the UI.
  const northwind = await upsertOrg("northwind", "Northwind Support");
  await upsertUser(northwind.id, "admin@northwind.test", "Nadia Northwind", "ADMIN");

  const [organizations, users] = await Promise.all([db.organization.count(), db.user.count()]);
  return { organizations, users };
}

async function seedRoleplay(
  db: Db,
  a: { orgId: string; userId: string; key: string; completedAt: Date; scenario: string; levels: number[]; outcome: string; passMark: number },
) {
  const id = `seed-roleplay-${a.key}`;
  // Levels 0–3 per criterion, each criterion worth 20 points.
  const points = a.levels.map((level) => (level / 3) * 20);
  const score = Math.round(points.reduce((s, p) => s + p, 0));
  const passed = score >= a.passMark;
  const turns = a.outcome === "resolved" ? TURNS : TURNS.slice(0, 2);
  const techniques = [...new Set(turns.flatMap((t) => t.techniques))];
  const data = {
    orgId: a.orgId,
    userId: a.userId,
    kind: "ROLEPLAY",
    contentId: a.scenario,
    contentVersion: 1,
    rubricId: RUBRIC_ID,
    rubricVersion: 1,
    assignmentId: a.scenario === "billing-error" ? "seed-assignment-billing-error" : null,
    status: "COMPLETED",
    tension: turns.at(-1)?.tension[1] ?? 50,
    outcome: a.outcome,
    autoScore: score,
    autoPassed: passed,
    autoResult: {
      criteria: CRITERIA.map((criterionId, i) => ({ id: criterionId, level: a.levels[i] ?? 0, points: points[i] ?? 0 })),
      strengths: ["Acknowledged the customer's frustration early."],
      improvement: passed ? "Confirm the customer is happy before closing." : "Take ownership instead of referring to policy.",
    },
    techniques,
    pitfalls: passed ? [] : ["policy-wall"],
    score,
    passed,
    reviewState: "PENDING",
    startedAt: new Date(a.completedAt.getTime() - 12 * 60 * 1000),
    completedAt: a.completedAt,
  } as const;
  await db.attempt.upsert({ where: { id }, create: { id, ...data }, update: data });

  for (const [index, turn] of turns.entries()) {
    const turnData = {
      clientTurnId: `seed-${a.key}-${index}`,
      agentText: turn.agent,
      techniques: turn.techniques,
      labels: Object.fromEntries(turn.techniques.map((t) => [t, [[0, Math.min(20, turn.agent.length)]]])),
      customerLine: turn.customer,
      tensionBefore: turn.tension[0] ?? 50,
      tensionAfter: turn.tension[1] ?? 50,
      reason: "Seeded example turn.",
    };
    await db.attemptTurn.upsert({
      where: { attemptId_index: { attemptId: id, index } },
      create: { attemptId: id, index, ...turnData },
      update: turnData,
    });
  }

  for (const [i, criterionId] of CRITERIA.entries()) {
    const scoreData = { level: a.levels[i] ?? 0, points: points[i] ?? 0 };
    await db.criterionScore.upsert({
      where: { attemptId_criterionId_source: { attemptId: id, criterionId, source: "auto" } },
      create: { orgId: a.orgId, attemptId: id, contentId: a.scenario, criterionId, source: "auto", ...scoreData },
      update: scoreData,
    });
  }
}
