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

/** Completed role-play attempts of the members in the window, as the common table the aggregates read. */
function attemptsCte(orgId: string, cohortId: string, learnerId: string | null | undefined, from: Date, to: Date) {
  return Prisma.sql`WITH att AS MATERIALIZED (
    SELECT t.id, t."userId", t."contentId", t."completedAt", t.score, t.passed, t."reviewState", t.techniques, t.pitfalls
    FROM "Attempt" t
    WHERE t."orgId" = ${orgId}
      AND t."userId" IN (${membersSql(orgId, cohortId, learnerId)})
      AND t.status = 'COMPLETED'
      AND t.kind IN ('ROLEPLAY', 'BRANCHING')
      AND t."completedAt" >= ${from} AND t."completedAt" < ${to}
  )`;
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

  const [assignments, overdue, [aggregates]] = await Promise.all([
    // Completion per live assignment: one EXISTS probe per (member, assignment) on indexed columns.
    db.$queryRaw<Array<{ id: string; kind: "MODULE" | "SCENARIO"; contentId: string; dueAt: Date | null; passMark: number | null; members: number; completed: number; overdue: number }>>`
      WITH mem AS (${members}),
      a AS (SELECT id, kind, "contentId", "dueAt", "passMark", "createdAt" FROM "Assignment" WHERE "orgId" = ${orgId} AND "cohortId" = ${cohort.id} AND "withdrawnAt" IS NULL),
      d AS (
        SELECT a.id, m."userId",
          CASE WHEN a.kind = 'SCENARIO'
            THEN EXISTS (SELECT 1 FROM "Attempt" t WHERE t."userId" = m."userId" AND t."contentId" = a."contentId" AND t."completedAt" IS NOT NULL AND t.status = 'COMPLETED')
            ELSE EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."userId" = m."userId" AND e."moduleId" = a."contentId" AND e.status = 'COMPLETED')
          END AS done
        FROM a CROSS JOIN mem m
      )
      SELECT a.id, a.kind, a."contentId", a."dueAt", a."passMark",
        count(d."userId")::int AS members,
        count(d."userId") FILTER (WHERE d.done)::int AS completed,
        count(d."userId") FILTER (WHERE NOT d.done AND a."dueAt" < ${now})::int AS overdue
      FROM a LEFT JOIN d ON d.id = a.id
      GROUP BY a.id, a.kind, a."contentId", a."dueAt", a."passMark", a."createdAt"
      ORDER BY a."dueAt" ASC NULLS LAST, a."createdAt" ASC`,
    // Learners with at least one overdue assignment (first 50 by how much is overdue).
    db.$queryRaw<Array<{ userId: string; name: string; overdue: number; total: number }>>`
      WITH mem AS (${members}),
      a AS (SELECT id, kind, "contentId" FROM "Assignment" WHERE "orgId" = ${orgId} AND "cohortId" = ${cohort.id} AND "withdrawnAt" IS NULL AND "dueAt" < ${now}),
      late AS (
        SELECT m."userId", count(*)::int AS overdue
        FROM a CROSS JOIN mem m
        WHERE NOT CASE WHEN a.kind = 'SCENARIO'
          THEN EXISTS (SELECT 1 FROM "Attempt" t WHERE t."userId" = m."userId" AND t."contentId" = a."contentId" AND t."completedAt" IS NOT NULL AND t.status = 'COMPLETED')
          ELSE EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."userId" = m."userId" AND e."moduleId" = a."contentId" AND e.status = 'COMPLETED')
        END
        GROUP BY m."userId"
      )
      SELECT l."userId", u.name, l.overdue, (count(*) OVER ())::int AS total
      FROM late l JOIN "User" u ON u.id = l."userId"
      ORDER BY l.overdue DESC, u.name ASC, u.id ASC
      LIMIT 50`,
    // One statement for everything read from the window's attempts, so the attempts CTE is
    // materialised once: criterion averages (official level: the trainer's once released), the
    // technique/pitfall heat map, pass rates per scenario and the weekly trend.
    db.$queryRaw<Array<{ criteria: unknown; labels: unknown; scenarios: unknown; trend: unknown }>>`
      ${att}
      SELECT
        (SELECT coalesce(json_agg(x), '[]'::json) FROM (
          SELECT cs."criterionId", avg(cs.level)::float AS "avgLevel", avg(cs.points)::float AS "avgPoints", count(*)::int AS n
          FROM att JOIN "CriterionScore" cs
            ON cs."attemptId" = att.id
           AND cs.source = CASE WHEN att."reviewState" = 'RELEASED' THEN 'trainer' ELSE 'auto' END
          GROUP BY cs."criterionId") x) AS criteria,
        (SELECT coalesce(json_agg(x), '[]'::json) FROM (
          SELECT att."contentId", l.label, 'technique' AS kind, count(*)::int AS n
          FROM att CROSS JOIN LATERAL (SELECT DISTINCT unnest(att.techniques) AS label) l GROUP BY 1, 2
          UNION ALL
          SELECT att."contentId", l.label, 'pitfall' AS kind, count(*)::int AS n
          FROM att CROSS JOIN LATERAL (SELECT DISTINCT unnest(att.pitfalls) AS label) l GROUP BY 1, 2) x) AS labels,
        (SELECT coalesce(json_agg(x ORDER BY x."contentId"), '[]'::json) FROM (
          SELECT "contentId", count(*)::int AS attempts, count(DISTINCT "userId")::int AS learners,
            count(*) FILTER (WHERE passed)::int AS passed, avg(score)::float AS "avgScore"
          FROM att GROUP BY "contentId") x) AS scenarios,
        (SELECT coalesce(json_agg(x ORDER BY x.week), '[]'::json) FROM (
          SELECT date_trunc('week', "completedAt") AS week, count(*)::int AS attempts,
            count(*) FILTER (WHERE passed)::int AS passed, avg(score)::float AS "avgScore"
          FROM att GROUP BY 1) x) AS trend`,
  ]);

  const criteria = aggregates!.criteria as Array<{ criterionId: string; avgLevel: number; avgPoints: number; n: number }>;
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
    overdueLearners: { total: overdue[0]?.total ?? 0, items: overdue.map(({ total: _t, ...o }) => o) },
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
