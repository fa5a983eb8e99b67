import { Prisma, type Db } from "@defuse/db";
import { TECHNIQUE_IDS, PITFALL_IDS, catalogue } from "@defuse/content";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { assignmentStatusSql } from "../assignments/completion";
import { titleLookup } from "../authoring/resolve";
import { learnerMembersSql } from "./members";

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
 * The cohort's current, active learners (optionally one) as a SQL fragment (see members.ts). Every
 * analytics query starts from it, so attempts are read one member's index range at a time.
 */
const membersSql = learnerMembersSql;

/**
 * The members' completed role-plays in the window, read from the partial covering index
 * Attempt_analytics_idx (userId, completedAt) INCLUDE (orgId, contentId, score, passed,
 * techniques, pitfalls, officialLevels, startedAt, contentVersion, rubricId, rubricVersion): one
 * index range per member and no heap reads, so the window bounds the work and a year of a
 * 200-learner cohort (~18,000 attempts) stays cheap.
 */
function attemptsSql(orgId: string, cohortId: string, learnerId: string | null | undefined, from: Date, to: Date) {
  return Prisma.sql`
    SELECT t."userId", t."contentId", t."contentVersion", t."rubricId", t."rubricVersion", t."completedAt", t.score, t.passed, t.techniques, t.pitfalls, t."officialLevels"
    FROM "Attempt" t
    WHERE t."userId" IN (${membersSql(orgId, cohortId, learnerId)})
      AND t.status = 'COMPLETED'
      AND t.kind IN ('ROLEPLAY', 'BRANCHING')
      AND t."orgId" = ${orgId}
      AND t."completedAt" >= ${from} AND t."completedAt" < ${to}`;
}

/** Every criterion the curriculum's rubrics define (id -> title), in a stable order. */
const CRITERIA = new Map(catalogue.rubrics.flatMap((r) => r.criteria.map((c) => [c.id, c.title] as const)));
const RUBRIC_TITLES = new Map(catalogue.rubrics.map((r) => [r.id, r.title]));

/**
 * The criteria and rubric titles this organisation's attempts can carry: the curriculum's, plus those
 * of the organisation's own published rubric versions (issue 13), whose criteria the built-in list does
 * not know. A criterion id the curriculum defines keeps the curriculum's title.
 */
async function rubricVocabulary(db: Db, orgId: string) {
  const authored = await db.authoredRubric.findMany({
    where: { orgId },
    select: { key: true, title: true, versions: { where: { orgId }, select: { rubric: true } } },
  });
  const criteria = new Map(CRITERIA);
  for (const r of authored)
    for (const v of r.versions) for (const c of (v.rubric as { criteria?: Array<{ id: string; title: string }> }).criteria ?? []) if (!criteria.has(c.id)) criteria.set(c.id, c.title);
  const titles = new Map([...RUBRIC_TITLES, ...authored.map((r) => [r.key, r.title] as const)]);
  return { criteria, criterionIds: [...criteria.keys()].sort(), rubricTitle: (id: string | null) => (id ? (titles.get(id) ?? id) : null) };
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
    select: { id: true, name: true, archivedAt: true, _count: { select: { members: { where: { removedAt: null, user: { active: true, role: "LEARNER" } } } } } },
  });
  if (!cohort) throw notFound("That cohort");
  if (input.learnerId) {
    const member = await db.cohortMember.findFirst({ where: { orgId: actor.orgId, cohortId: cohort.id, userId: input.learnerId }, select: { id: true } });
    if (!member) throw notFound("That learner");
  }
  const { from, to } = dashboardWindow(input, now);
  const orgId = actor.orgId;
  const members = membersSql(orgId, cohort.id, input.learnerId);
  const att = attemptsSql(orgId, cohort.id, input.learnerId, from, to);
  const { criteria: criterionTitles, criterionIds, rubricTitle } = await rubricVocabulary(db, orgId);

  // Three statements in parallel, a fixed number whatever the cohort's size. JIT is off for the
  // analytics ones: over long windows their cost estimate crosses jit_above_cost and compiling
  // took longer (50-90 ms) than it saved.
  const [[lists], [scores], perScenario] = await Promise.all([
    // Completion per live assignment and the learners with something overdue (first 50 by how
    // much is overdue), from one (member x assignment) table computed once. Each cell is the
    // shared status rule (assignments/completion.ts: passed for assessed scenarios, finished for
    // practice ones), a few EXISTS probes on Attempt(userId, contentId, status, completedAt) and the
    // (userId, moduleId) key, so the dashboard, the learners table and the CSV export agree.
    db.$queryRaw<Array<{ assignments: unknown; overdue: unknown; overdueTotal: number }>>`
      WITH mem AS (${members}),
      a AS (SELECT id, kind, "contentId", requirement, "dueAt", "passMark", "createdAt" FROM "Assignment" WHERE "orgId" = ${orgId} AND "cohortId" = ${cohort.id} AND "withdrawnAt" IS NULL),
      s AS MATERIALIZED (
        SELECT a.id, a."dueAt", m."userId", ${assignmentStatusSql(Prisma.sql`m."userId"`)} AS status
        FROM a CROSS JOIN mem m
      ),
      d AS (SELECT s.id, s."dueAt", s."userId", s.status, s.status = 'COMPLETED' AS done FROM s),
      late AS (SELECT d."userId", count(*)::int AS overdue FROM d WHERE NOT d.done AND d."dueAt" < ${now} GROUP BY d."userId")
      SELECT
        (SELECT coalesce(json_agg(x ORDER BY x."dueAt" ASC NULLS LAST, x."createdAt" ASC, x.id ASC), '[]'::json) FROM (
          SELECT a.id, a.kind, a."contentId", a.requirement, a."dueAt" AT TIME ZONE 'UTC' AS "dueAt", a."passMark", a."createdAt",
            count(d."userId")::int AS members,
            count(d."userId") FILTER (WHERE d.done)::int AS completed,
            count(d."userId") FILTER (WHERE d.status = 'RETRY_REQUIRED')::int AS "retryRequired",
            count(d."userId") FILTER (WHERE NOT d.done AND a."dueAt" < ${now})::int AS overdue
          FROM a LEFT JOIN d ON d.id = a.id
          GROUP BY a.id, a.kind, a."contentId", a.requirement, a."dueAt", a."passMark", a."createdAt") x) AS assignments,
        (SELECT coalesce(json_agg(x ORDER BY x.overdue DESC, x.name ASC, x."userId" ASC), '[]'::json) FROM (
          SELECT l."userId", u.name, l.overdue
          FROM late l JOIN "User" u ON u.id = l."userId"
          ORDER BY l.overdue DESC, u.name ASC, u.id ASC
          LIMIT 50) x) AS overdue,
        (SELECT count(*)::int FROM late l JOIN "User" u ON u.id = l."userId") AS "overdueTotal"`,
    // Criterion averages of the official levels (the trainer's once a review is released:
    // releaseReview copies them into Attempt.officialLevels), one aggregate per criterion the
    // curriculum defines, and the weekly trend: two passes over the index-only attempts. Weeks are
    // UTC weeks: completedAt is a UTC timestamp without zone, and `AT TIME ZONE 'UTC'` makes the
    // bucket a timestamptz, so its JSON carries an offset instead of being read as the Node
    // process's local time (under TZ=Europe/Berlin every week used to move to the Sunday before).
    withoutJit(
      db,
      db.$queryRaw<Array<{ levels: Array<number | null>; trend: unknown }>>`
        SELECT
          (SELECT ARRAY[${Prisma.join([
            ...criterionIds.map((id) => Prisma.sql`avg((a."officialLevels"->>${id})::int)::float`),
            ...criterionIds.map((id) => Prisma.sql`count(a."officialLevels"->${id})::float`),
          ])}] FROM (${att}) a) AS levels,
          (SELECT coalesce(json_agg(x ORDER BY x.week), '[]'::json) FROM (
            SELECT date_trunc('week', "completedAt") AT TIME ZONE 'UTC' AS week, count(*)::int AS attempts,
              count(*) FILTER (WHERE passed)::int AS passed, avg(score)::float AS "avgScore"
            FROM (${att}) a GROUP BY 1) x) AS trend`,
    ),
    // Per scenario and per version it was played on, in one pass (grouping sets): attempts,
    // learners, pass rate, average score and the heat map (how many attempts used each technique
    // and fell into each pitfall). A version row is one (scenario version, rubric, rubric version):
    // v2 of a scenario is never averaged in with v1. "total" marks the all-versions row.
    withoutJit(
      db,
      db.$queryRaw<
        Array<{
          contentId: string;
          total: boolean;
          version: number | null;
          rubricId: string | null;
          rubricVersion: number | null;
          attempts: number;
          learners: number;
          passed: number;
          avgScore: number | null;
          labels: number[];
        }>
      >`
        SELECT a."contentId", GROUPING(a."contentVersion", a."rubricId", a."rubricVersion") <> 0 AS total,
          a."contentVersion" AS version, a."rubricId", a."rubricVersion",
          count(*)::int AS attempts, count(DISTINCT a."userId")::int AS learners,
          count(*) FILTER (WHERE a.passed)::int AS passed, avg(a.score)::float AS "avgScore",
          ARRAY[${Prisma.join([
            ...TECHNIQUE_IDS.map((id) => Prisma.sql`count(*) FILTER (WHERE ${id} = ANY(a.techniques))::int`),
            ...PITFALL_IDS.map((id) => Prisma.sql`count(*) FILTER (WHERE ${id} = ANY(a.pitfalls))::int`),
          ])}] AS labels
        FROM (${att}) a
        GROUP BY GROUPING SETS ((a."contentId"), (a."contentId", a."contentVersion", a."rubricId", a."rubricVersion"))
        ORDER BY a."contentId", total DESC, a."contentVersion", a."rubricId", a."rubricVersion"`,
    ),
  ]);

  const assignments = (
    lists!.assignments as Array<{
      id: string;
      kind: "MODULE" | "SCENARIO";
      contentId: string;
      requirement: "PASS" | "COMPLETE";
      dueAt: string | null;
      passMark: number | null;
      createdAt: unknown;
      members: number;
      completed: number;
      retryRequired: number;
      overdue: number;
    }>
  ).map(({ createdAt: _c, dueAt, ...a }) => ({
    id: a.id,
    kind: a.kind,
    contentId: a.contentId,
    requirement: a.requirement,
    dueAt: dueAt === null ? null : new Date(dueAt),
    passMark: a.passMark,
    members: a.members,
    completed: a.completed,
    retryRequired: a.retryRequired,
    overdue: a.overdue,
  }));
  const overdue = lists!.overdue as Array<{ userId: string; name: string; overdue: number }>;
  const criteria = criterionIds
    .map((criterionId, i) => ({ criterionId, avgLevel: scores!.levels[i] ?? null, n: scores!.levels[criterionIds.length + i] ?? 0 }))
    .filter((c): c is { criterionId: string; avgLevel: number; n: number } => c.n > 0 && c.avgLevel !== null);
  const trend = (scores!.trend as Array<{ week: string; attempts: number; passed: number; avgScore: number | null }>).map((t) => ({ ...t, week: new Date(t.week) }));
  const labelIds = [...TECHNIQUE_IDS.map((label) => ({ label, kind: "technique" as const })), ...PITFALL_IDS.map((label) => ({ label, kind: "pitfall" as const }))];
  const scenarios = perScenario.filter((s) => s.total);
  // The heat map's columns are scenario versions: a technique's share in v1 and in v2 side by side.
  const played = perScenario.filter((s) => !s.total);
  const columnKey = (s: { contentId: string; version: number | null; rubricId: string | null; rubricVersion: number | null }) => `${s.contentId}@${s.version}/${s.rubricId}@${s.rubricVersion}`;
  const labels = played.flatMap((s) => labelIds.map((l, i) => ({ column: columnKey(s), contentId: s.contentId, version: s.version, ...l, n: s.labels[i] ?? 0 })).filter((l) => l.n > 0));
  const attemptsByColumn = new Map(played.map((s) => [columnKey(s), s.attempts]));
  const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

  const contentTitle = await titleLookup(db, orgId, [...assignments.map((a) => a.contentId), ...scenarios.map((s) => s.contentId)]);
  const versionFigures = (s: (typeof perScenario)[number]) => ({
    version: s.version,
    rubricId: s.rubricId,
    rubricTitle: rubricTitle(s.rubricId),
    rubricVersion: s.rubricVersion,
    attempts: s.attempts,
    learners: s.learners,
    passRate: pct(s.passed, s.attempts),
    avgScore: round1(s.avgScore),
  });
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
        title: criterionTitles.get(c.criterionId) ?? c.criterionId,
        avgLevel: round1(c.avgLevel),
        avgPercent: round1((c.avgLevel / 4) * 100),
        n: c.n,
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    heatMap: {
      // one column per scenario version played (`column` keys the cells)
      scenarios: played.map((s) => ({
        column: columnKey(s),
        scenarioId: s.contentId,
        title: contentTitle("SCENARIO", s.contentId),
        version: s.version,
        rubricId: s.rubricId,
        rubricTitle: rubricTitle(s.rubricId),
        rubricVersion: s.rubricVersion,
        attempts: s.attempts,
      })),
      techniques: [...TECHNIQUE_IDS],
      pitfalls: [...PITFALL_IDS],
      cells: labels.map((l) => ({
        column: l.column,
        scenarioId: l.contentId,
        version: l.version,
        label: l.label,
        kind: l.kind,
        attempts: l.n,
        rate: pct(l.n, attemptsByColumn.get(l.column) ?? 0),
      })),
    },
    // All versions together, then each version played (scenario version with the rubric version it was scored with).
    scenarios: scenarios.map((s) => ({
      scenarioId: s.contentId,
      title: contentTitle("SCENARIO", s.contentId),
      attempts: s.attempts,
      learners: s.learners,
      passRate: pct(s.passed, s.attempts),
      avgScore: round1(s.avgScore),
      versions: played.filter((v) => v.contentId === s.contentId).map(versionFigures),
    })),
    trend: trend.map((t) => ({ week: t.week, attempts: t.attempts, passRate: pct(t.passed, t.attempts), avgScore: round1(t.avgScore) })),
  };
}
