import { Prisma, type Db } from "@defuse/db";
import { TECHNIQUE_IDS, PITFALL_IDS, getRubric, getScenario } from "@defuse/content";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { contentTitle } from "../content/titles";

export interface CohortDashboardInput {
  cohortId: string;
  learnerId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Without a date filter the dashboard covers the last 90 days, which keeps the aggregates bounded. */
export const DEFAULT_WINDOW_DAYS = 90;

export function dashboardWindow(input: { from?: Date | null; to?: Date | null }, now = new Date()) {
  const to = input.to ?? now;
  const from = input.from ?? new Date(to.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000);
  return { from, to };
}

/**
 * The cohort's current members (optionally one learner) as a SQL fragment. Every analytics query
 * starts from it, so attempts are reached through the (userId, status, startedAt) index.
 */
function membersSql(orgId: string, cohortId: string, learnerId?: string | null) {
  return Prisma.sql`SELECT m."userId" FROM "CohortMember" m WHERE m."orgId" = ${orgId} AND m."cohortId" = ${cohortId} AND m."removedAt" IS NULL${
    learnerId ? Prisma.sql` AND m."userId" = ${learnerId}` : Prisma.empty
  }`;
}

/**
 * Completed role-play attempts of the members in the window, as the common table the aggregates
 * read: one (userId, completedAt, ...) index range per member, so the window bounds the rows
 * read. `lean` reads only id and reviewState, which that index covers (an index-only scan).
 */
function attemptsCte(orgId: string, cohortId: string, learnerId: string | null | undefined, from: Date, to: Date, lean = false) {
  const columns = lean
    ? Prisma.sql`t.id, t."reviewState"`
    : Prisma.sql`t.id, t."userId", t."contentId", t."completedAt", t.score, t.passed, t."reviewState", t.techniques, t.pitfalls`;
  return Prisma.sql`WITH att AS MATERIALIZED (
    SELECT ${columns}
    FROM "Attempt" t
    WHERE t."orgId" = ${orgId}
      AND t."userId" IN (${membersSql(orgId, cohortId, learnerId)})
      AND t.status = 'COMPLETED'
      AND t.kind IN ('ROLEPLAY', 'BRANCHING')
      AND t."completedAt" >= ${from} AND t."completedAt" < ${to}
  )`;
}

/** Runs one analytics statement with JIT off (see below). */
function withoutJit<T>(db: Db, query: Prisma.PrismaPromise<T>) {
  return db.$transaction([db.$executeRaw`SET LOCAL jit = off`, query]).then(([, rows]) => rows);
}

/**
 * Cohort analytics for trainers: completion and overdue learners per live assignment, average
 * level per rubric criterion (the official one: the trainer's once released), technique and
 * pitfall use per scenario, pass rates per scenario and a weekly trend. A fixed number of
 * aggregate queries whatever the cohort's size (no N+1).
 */
export async function cohortDashboard(db: Db, actor: SessionUser, input: CohortDashboardInput, now = new Date()) {
  const cohort = await db.cohort.findFirst({
    where: { id: input.cohortId, orgId: actor.orgId },
    select: { id: true, name: true, archivedAt: true, _count: { select: { members: { where: { removedAt: null } } } } },
  });
  if (!cohort) throw notFound("That cohort");
  if (input.learnerId) {
    const member = await db.cohortMember.findFirst({ where: { orgId: actor.orgId, cohortId: cohort.id, userId: input.learnerId }, select: { id: true } });
    if (!member) throw notFound("That learner");
  }
  const { from, to } = dashboardWindow(input, now);
  const orgId = actor.orgId;
  const members = membersSql(orgId, cohort.id, input.learnerId);
  const att = attemptsCte(orgId, cohort.id, input.learnerId, from, to);
  const leanAtt = attemptsCte(orgId, cohort.id, input.learnerId, from, to, true);

  // Three statements in parallel, a fixed number whatever the cohort's size. JIT is off for the
  // analytics ones: over long windows their cost estimate crosses jit_above_cost and compiling
  // took longer (50-90 ms) than it saved.
  const [[lists], criteria, [aggregates]] = await Promise.all([
    // Completion per live assignment and the learners with something overdue (first 50 by how
    // much is overdue), from one (member x assignment) table computed once. Each cell is one
    // LIMIT 1 probe: index-only on Attempt(userId, contentId, status, completedAt) for scenarios,
    // the (userId, moduleId) key for modules; LIMIT keeps PostgreSQL from hashing the whole
    // organisation's enrollments instead.
    db.$queryRaw<Array<{ assignments: unknown; overdue: unknown; overdueTotal: number }>>`
      WITH mem AS (${members}),
      a AS (SELECT id, kind, "contentId", "dueAt", "passMark", "createdAt" FROM "Assignment" WHERE "orgId" = ${orgId} AND "cohortId" = ${cohort.id} AND "withdrawnAt" IS NULL),
      d AS MATERIALIZED (
        SELECT a.id, a."dueAt", m."userId", coalesce(s.done, e.done, false) AS done
        FROM a CROSS JOIN mem m
        LEFT JOIN LATERAL (
          SELECT true AS done FROM "Attempt" t
          WHERE a.kind = 'SCENARIO' AND t."userId" = m."userId" AND t."contentId" = a."contentId" AND t.status = 'COMPLETED' AND t."completedAt" IS NOT NULL
          LIMIT 1) s ON true
        LEFT JOIN LATERAL (
          SELECT true AS done FROM "Enrollment" e
          WHERE a.kind = 'MODULE' AND e."userId" = m."userId" AND e."moduleId" = a."contentId" AND e.status = 'COMPLETED'
          LIMIT 1) e ON true
      ),
      late AS (SELECT d."userId", count(*)::int AS overdue FROM d WHERE NOT d.done AND d."dueAt" < ${now} GROUP BY d."userId")
      SELECT
        (SELECT coalesce(json_agg(x ORDER BY x."dueAt" ASC NULLS LAST, x."createdAt" ASC, x.id ASC), '[]'::json) FROM (
          SELECT a.id, a.kind, a."contentId", a."dueAt" AT TIME ZONE 'UTC' AS "dueAt", a."passMark", a."createdAt",
            count(d."userId")::int AS members,
            count(d."userId") FILTER (WHERE d.done)::int AS completed,
            count(d."userId") FILTER (WHERE NOT d.done AND a."dueAt" < ${now})::int AS overdue
          FROM a LEFT JOIN d ON d.id = a.id
          GROUP BY a.id, a.kind, a."contentId", a."dueAt", a."passMark", a."createdAt") x) AS assignments,
        (SELECT coalesce(json_agg(x ORDER BY x.overdue DESC, x.name ASC, x."userId" ASC), '[]'::json) FROM (
          SELECT l."userId", u.name, l.overdue
          FROM late l JOIN "User" u ON u.id = l."userId"
          ORDER BY l.overdue DESC, u.name ASC, u.id ASC
          LIMIT 50) x) AS overdue,
        (SELECT count(*)::int FROM late l JOIN "User" u ON u.id = l."userId") AS "overdueTotal"`,
    // Criterion averages (official level: the trainer's once released), in their own statement
    // so it runs beside the others: index-only on both sides, Attempt(userId, completedAt,
    // status, kind, reviewState, orgId, id) for the window's attempts and
    // CriterionScore(attemptId, source, criterionId, level) for their levels.
    withoutJit(
      db,
      db.$queryRaw<Array<{ criterionId: string; avgLevel: number; n: number }>>`
        ${leanAtt}
        SELECT cs."criterionId", avg(cs.level)::float AS "avgLevel", count(*)::int AS n
        FROM att JOIN "CriterionScore" cs
          ON cs."attemptId" = att.id
         AND cs.source = CASE WHEN att."reviewState" = 'RELEASED' THEN 'trainer' ELSE 'auto' END
        GROUP BY cs."criterionId"`,
    ),
    // Everything else read from the window's attempts in one statement, so the attempts CTE is
    // materialised once: the technique/pitfall heat map, pass rates per scenario and the weekly
    // trend. A label counts once per attempt (its first position in the array) without a
    // per-row DISTINCT.
    withoutJit(
      db,
      db.$queryRaw<Array<{ labels: unknown; scenarios: unknown; trend: unknown }>>`
      ${att}
      SELECT
        (SELECT coalesce(json_agg(x ORDER BY x."contentId", x.kind DESC, x.label), '[]'::json) FROM (
          SELECT att."contentId", l.label, 'technique' AS kind, count(*)::int AS n
          FROM att CROSS JOIN LATERAL unnest(att.techniques) WITH ORDINALITY l(label, ord)
          WHERE array_position(att.techniques, l.label) = l.ord GROUP BY 1, 2
          UNION ALL
          SELECT att."contentId", l.label, 'pitfall' AS kind, count(*)::int AS n
          FROM att CROSS JOIN LATERAL unnest(att.pitfalls) WITH ORDINALITY l(label, ord)
          WHERE array_position(att.pitfalls, l.label) = l.ord GROUP BY 1, 2) x) AS labels,
        (SELECT coalesce(json_agg(x ORDER BY x."contentId"), '[]'::json) FROM (
          SELECT "contentId", count(*)::int AS attempts, count(DISTINCT "userId")::int AS learners,
            count(*) FILTER (WHERE passed)::int AS passed, avg(score)::float AS "avgScore"
          FROM att GROUP BY "contentId") x) AS scenarios,
        (SELECT coalesce(json_agg(x ORDER BY x.week), '[]'::json) FROM (
          SELECT date_trunc('week', "completedAt") AS week, count(*)::int AS attempts,
            count(*) FILTER (WHERE passed)::int AS passed, avg(score)::float AS "avgScore"
          FROM att GROUP BY 1) x) AS trend`,
    ),
  ]);

  const assignments = (
    lists!.assignments as Array<{ id: string; kind: "MODULE" | "SCENARIO"; contentId: string; dueAt: string | null; passMark: number | null; createdAt: unknown; members: number; completed: number; overdue: number }>
  ).map(({ createdAt: _c, dueAt, ...a }) => ({ id: a.id, kind: a.kind, contentId: a.contentId, dueAt: dueAt === null ? null : new Date(dueAt), passMark: a.passMark, members: a.members, completed: a.completed, overdue: a.overdue }));
  const overdue = lists!.overdue as Array<{ userId: string; name: string; overdue: number }>;
  const labels = aggregates!.labels as Array<{ contentId: string; label: string; kind: "technique" | "pitfall"; n: number }>;
  const scenarios = aggregates!.scenarios as Array<{ contentId: string; attempts: number; learners: number; passed: number; avgScore: number | null }>;
  const trend = (aggregates!.trend as Array<{ week: string; attempts: number; passed: number; avgScore: number | null }>).map((t) => ({ ...t, week: new Date(t.week) }));
  const attemptsByScenario = new Map(scenarios.map((s) => [s.contentId, s.attempts]));
  const rubricIds = new Set(scenarios.map((s) => getScenario(s.contentId)?.rubricId).filter((r): r is string => !!r));
  const criterionMeta = new Map<string, { title: string; weight: number }>();
  for (const rid of rubricIds.size ? rubricIds : new Set(["core-deescalation"])) {
    for (const c of getRubric(rid)?.criteria ?? []) criterionMeta.set(c.id, { title: c.title, weight: c.weight });
  }
  const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

  return {
    cohort: { id: cohort.id, name: cohort.name, archived: !!cohort.archivedAt, memberCount: cohort._count.members },
    window: { from, to },
    assignments: assignments.map((a) => ({
      ...a,
      title: contentTitle(a.kind, a.contentId),
      completionRate: pct(a.completed, a.members),
    })),
    overdueLearners: { total: lists!.overdueTotal, items: overdue },
    criteria: criteria
      .map((c) => ({
        criterionId: c.criterionId,
        title: criterionMeta.get(c.criterionId)?.title ?? c.criterionId,
        avgLevel: round1(c.avgLevel),
        avgPercent: round1((c.avgLevel / 4) * 100),
        n: c.n,
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    heatMap: {
      scenarios: scenarios.map((s) => ({ scenarioId: s.contentId, title: contentTitle("SCENARIO", s.contentId), attempts: s.attempts })),
      techniques: [...TECHNIQUE_IDS],
      pitfalls: [...PITFALL_IDS],
      cells: labels.map((l) => ({
        scenarioId: l.contentId,
        label: l.label,
        kind: l.kind,
        attempts: l.n,
        rate: pct(l.n, attemptsByScenario.get(l.contentId) ?? 0),
      })),
    },
    scenarios: scenarios.map((s) => ({
      scenarioId: s.contentId,
      title: contentTitle("SCENARIO", s.contentId),
      attempts: s.attempts,
      learners: s.learners,
      passRate: pct(s.passed, s.attempts),
      avgScore: round1(s.avgScore),
    })),
    trend: trend.map((t) => ({ week: t.week, attempts: t.attempts, passRate: pct(t.passed, t.attempts), avgScore: round1(t.avgScore) })),
  };
}
