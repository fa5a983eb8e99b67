/**
 * Trainer query benchmark: seeds one organisation with 10,000 learners in 50 cohorts and
 * 1,000,000 completed role-play attempts (5,000,000 automatic criterion scores), with SQL
 * (generate_series) into a throwaway database on the local PostgreSQL, then times the service
 * functions behind the cohort dashboard and the review queue and prints p50/p95.
 *
 *   pnpm bench            (runs this through scripts/bench.mjs)
 *   BENCH_ATTEMPTS=200000 tsx packages/api/bench/staff-queries.ts   (smaller, faster)
 */
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { createDb } from "@defuse/db";
import { applyMigrations } from "@defuse/db/migrate";
import type { SessionUser } from "../src/context";
import { cohortDashboard } from "../src/services/trainer/cohortDashboard";
import { cohortProgress } from "../src/services/trainer/cohortProgress";
import { reviewQueue } from "../src/services/review/reviewQueue";

// pg is a dependency of @defuse/db, not of the api package: borrow the db package's copy.
const pg = createRequire(new URL("../../db/package.json", import.meta.url))("pg") as typeof import("pg");

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 10_000);
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 1_000_000);
const COHORTS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const withDb = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

async function main() {
  const name = `defuse_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDb(SERVER, name);
  const started = process.hrtime.bigint();
  const c = new pg.Client({ connectionString: url });
  const db = createDb(url, { poolMax: 4 });
  try {
    await applyMigrations(url);
    await c.connect();
    const step = async (label: string, sql: string) => {
      const t0 = process.hrtime.bigint();
      await c.query(sql);
      console.log(`  seed ${label.padEnd(34)} ${(ms(t0) / 1000).toFixed(1)} s`);
    };
    console.log(`Seeding ${LEARNERS.toLocaleString()} learners, ${ATTEMPTS.toLocaleString()} attempts into ${name} …`);
    await step("organisation, trainer", `
      INSERT INTO "Organization"(id, name, slug, "updatedAt") VALUES ('org', 'Bench Org', 'bench', now());
      INSERT INTO "User"(id, "orgId", email, name, "passwordHash", role, "updatedAt") VALUES
        ('trainer', 'org', 'trainer@bench.test', 'Bench Trainer', 'x', 'TRAINER', now());`);
    await step("learners", `
      INSERT INTO "User"(id, "orgId", email, name, "passwordHash", role, "updatedAt")
      SELECT 'u' || i, 'org', 'learner' || i || '@bench.test', 'Learner ' || lpad(i::text, 5, '0'), 'x', 'LEARNER', now()
      FROM generate_series(1, ${LEARNERS}) i;`);
    await step("cohorts, members, assignments", `
      INSERT INTO "Cohort"(id, "orgId", name, "updatedAt") SELECT 'c' || k, 'org', 'Cohort ' || k, now() FROM generate_series(0, ${COHORTS - 1}) k;
      INSERT INTO "CohortMember"(id, "orgId", "cohortId", "userId") SELECT 'm' || i, 'org', 'c' || (i % ${COHORTS}), 'u' || i FROM generate_series(1, ${LEARNERS}) i;
      INSERT INTO "Assignment"(id, "orgId", "cohortId", kind, "contentId", "dueAt", "assignedById", "updatedAt")
      SELECT 'as' || k || '-' || s, 'org', 'c' || k, 'SCENARIO', (ARRAY['billing-error','misled-features','refund-demand','abusive-caller','policy-exception'])[s],
             now() + ((s - 3) * interval '10 days'), 'trainer', now()
      FROM generate_series(0, ${COHORTS - 1}) k, generate_series(1, 5) s;`);
    await step("attempts", `
      INSERT INTO "Attempt"(id, "orgId", "userId", kind, "contentId", "contentVersion", "rubricId", "rubricVersion", status,
        "startedAt", "completedAt", "autoScore", "autoPassed", score, passed, "reviewState", techniques, pitfalls, outcome, "updatedAt")
      SELECT 'a' || i, 'org', 'u' || (i % ${LEARNERS} + 1), 'ROLEPLAY',
        (ARRAY['billing-error','misled-features','refund-demand','abusive-caller','policy-exception'])[i % 5 + 1], 1, 'core-deescalation', 1, 'COMPLETED',
        ts - interval '12 minutes', ts, sc, sc >= 70, sc, sc >= 70,
        (CASE WHEN i % 50 = 0 THEN 'PENDING' WHEN i % 33 = 0 THEN 'RELEASED' ELSE 'NONE' END)::"ReviewState",
        (ARRAY['empathy','apology','reflection','open_question','ownership','solution','options','expectation'])[1 : 2 + i % 6],
        CASE WHEN i % 7 = 0 THEN ARRAY['blame'] WHEN i % 11 = 0 THEN ARRAY['policy_wall','jargon'] ELSE ARRAY[]::text[] END,
        'resolved', ts
      FROM (SELECT i, now() - (i % 365) * interval '1 day' - (i % 1440) * interval '1 minute' AS ts, 20 + (i * 37) % 81 AS sc
            FROM generate_series(1, ${ATTEMPTS}) i) g;`);
    await step("automatic criterion scores", `
      INSERT INTO "CriterionScore"(id, "orgId", "attemptId", "contentId", "criterionId", source, level, points)
      SELECT 'cs' || i || '-' || k, 'org', 'a' || i,
        (ARRAY['billing-error','misled-features','refund-demand','abusive-caller','policy-exception'])[i % 5 + 1],
        (ARRAY['acknowledge-emotion','understand-problem','ownership-resolution','clear-communication','composure-boundaries'])[k],
        'auto', (i + k) % 5, ((i + k) % 5) * 5
      FROM generate_series(1, ${ATTEMPTS}) i, generate_series(1, 5) k;`);
    await step("trainer scores for released", `
      INSERT INTO "CriterionScore"(id, "orgId", "attemptId", "contentId", "criterionId", source, level, points)
      SELECT 'ct' || cs.id, 'org', cs."attemptId", cs."contentId", cs."criterionId", 'trainer', LEAST(4, cs.level + (length(cs.id) % 2)), cs.points
      FROM "CriterionScore" cs JOIN "Attempt" t ON t.id = cs."attemptId" WHERE t."reviewState" = 'RELEASED';`);
    await step("analyze", `ANALYZE;`);
    console.log(`Seeded in ${(ms(started) / 1000).toFixed(0)} s.\n`);

    const trainer: SessionUser = { id: "trainer", email: "trainer@bench.test", name: "Bench Trainer", role: "TRAINER", orgId: "org" };
    const time = async (label: string, fn: (i: number) => Promise<unknown>) => {
      for (let i = 0; i < 3; i++) await fn(i); // warm up connections and plans
      const xs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = process.hrtime.bigint();
        await fn(i);
        xs.push(ms(t0));
      }
      const p95 = pct(xs, 95);
      console.log(`  ${label.padEnd(52)} p50 ${pct(xs, 50).toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms ${p95 < 100 ? "" : " (over 100 ms)"}`);
      return p95;
    };
    const cohort = (i: number) => `c${i % COHORTS}`;
    let cursor: string | null = null;
    console.log(`Timings over ${RUNS} runs (${LEARNERS / COHORTS} learners per cohort):`);
    const results = [
      await time("cohort dashboard (90 days, whole cohort)", (i) => cohortDashboard(db, trainer, { cohortId: cohort(i) })),
      await time("cohort dashboard (one learner, 1 year)", (i) =>
        cohortDashboard(db, trainer, { cohortId: cohort(i), learnerId: `u${(i % (LEARNERS / COHORTS)) * COHORTS + (i % COHORTS) || COHORTS}`, from: new Date(Date.now() - 365 * 86_400_000) }),
      ),
      await time("cohort learners table (page of 25)", (i) => cohortProgress(db, trainer, { cohortId: cohort(i) })),
      await time("review queue (first page of 25)", () => reviewQueue(db, trainer, {})),
      await time("review queue (next pages, keyset)", async () => {
        const r = await reviewQueue(db, trainer, { cursor });
        cursor = r.nextCursor;
      }),
      await time("review queue (cohort + failed only)", (i) => reviewQueue(db, trainer, { cohortId: cohort(i), failedOnly: true })),
      await time("review queue (scenario filter)", () => reviewQueue(db, trainer, { scenarioId: "refund-demand" })),
    ];
    console.log(results.every((p) => p < 100) ? "\nAll p95 under 100 ms." : "\nSome p95 are over 100 ms (see above).");
  } finally {
    await db.$disconnect().catch(() => {});
    await c.end().catch(() => {});
    const drop = new pg.Client({ connectionString: SERVER });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await drop.end();
    console.log(`Dropped ${name}. Total ${(ms(started) / 1000).toFixed(0)} s.`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
