import { Prisma, type Db } from "@defuse/db";
import { getRubric } from "@defuse/content";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { contentTitle } from "../content/titles";
import { labelAgreement } from "../review/labelCorrections";

export interface AgreementInput {
  cohortId?: string | null;
  scenarioId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * How far the automatic scoring can be trusted: for every released review, the automatic level
 * of each criterion against the trainer's. Mean absolute difference (in levels, 0..4), exact-level
 * agreement, agreement within one level, bias (trainer minus automatic), and the attempts where
 * the two disagree most. Driven from released attempts on (orgId, reviewState, completedAt).
 */
export async function agreementReport(db: Db, actor: SessionUser, input: AgreementInput) {
  if (input.cohortId) {
    const c = await db.cohort.findFirst({ where: { id: input.cohortId, orgId: actor.orgId }, select: { id: true } });
    if (!c) throw notFound("That cohort");
  }
  const filters = [
    input.scenarioId ? Prisma.sql`AND t."contentId" = ${input.scenarioId}` : Prisma.empty,
    input.from ? Prisma.sql`AND t."completedAt" >= ${input.from}` : Prisma.empty,
    input.to ? Prisma.sql`AND t."completedAt" < ${input.to}` : Prisma.empty,
    input.cohortId
      ? Prisma.sql`AND t."userId" IN (SELECT m."userId" FROM "CohortMember" m WHERE m."orgId" = ${actor.orgId} AND m."cohortId" = ${input.cohortId} AND m."removedAt" IS NULL)`
      : Prisma.empty,
  ];
  const pairs = Prisma.sql`WITH pairs AS MATERIALIZED (
    SELECT t.id AS "attemptId", t."userId", t."contentId", t."autoScore", t.score, t."completedAt",
      a."criterionId", a.level AS auto, tr.level AS trainer
    FROM "Attempt" t
    JOIN "CriterionScore" tr ON tr."attemptId" = t.id AND tr.source = 'trainer'
    JOIN "CriterionScore" a ON a."attemptId" = t.id AND a.source = 'auto' AND a."criterionId" = tr."criterionId"
    WHERE t."orgId" = ${actor.orgId} AND t."reviewState" = 'RELEASED' ${Prisma.join(filters, " ")}
  )`;
  type Agg = { n: number; attempts: number; mad: number | null; exact: number | null; withinOne: number | null; bias: number | null };
  const [perCriterion, overall, worst, labels] = await Promise.all([
    db.$queryRaw<Array<Agg & { criterionId: string }>>`
      ${pairs}
      SELECT "criterionId", count(*)::int AS n, count(DISTINCT "attemptId")::int AS attempts,
        avg(abs(auto - trainer))::float AS mad,
        (avg((auto = trainer)::int) * 100)::float AS exact,
        (avg((abs(auto - trainer) <= 1)::int) * 100)::float AS "withinOne",
        avg(trainer - auto)::float AS bias
      FROM pairs GROUP BY "criterionId" ORDER BY "criterionId"`,
    db.$queryRaw<Array<Agg & { scoreMad: number | null }>>`
      ${pairs}
      SELECT count(*)::int AS n, count(DISTINCT "attemptId")::int AS attempts,
        avg(abs(auto - trainer))::float AS mad,
        (avg((auto = trainer)::int) * 100)::float AS exact,
        (avg((abs(auto - trainer) <= 1)::int) * 100)::float AS "withinOne",
        avg(trainer - auto)::float AS bias,
        (SELECT avg(abs(s."autoScore" - s.score))::float FROM (SELECT DISTINCT "attemptId", "autoScore", score FROM pairs) s) AS "scoreMad"
      FROM pairs`,
    db.$queryRaw<Array<{ attemptId: string; userId: string; name: string; contentId: string; autoScore: number | null; score: number | null; completedAt: Date; totalDiff: number; criteriaDiffering: number }>>`
      ${pairs}
      SELECT p."attemptId", p."userId", u.name, p."contentId", p."autoScore", p.score, p."completedAt",
        sum(abs(p.auto - p.trainer))::int AS "totalDiff",
        count(*) FILTER (WHERE p.auto <> p.trainer)::int AS "criteriaDiffering"
      FROM pairs p JOIN "User" u ON u.id = p."userId"
      GROUP BY p."attemptId", p."userId", u.name, p."contentId", p."autoScore", p.score, p."completedAt"
      HAVING sum(abs(p.auto - p.trainer)) > 0
      ORDER BY "totalDiff" DESC, p."completedAt" DESC, p."attemptId" DESC
      LIMIT 10`,
    labelAgreement(db, actor, Prisma.join(filters, " ")),
  ]);
  const titles = new Map((getRubric("core-deescalation")?.criteria ?? []).map((c) => [c.id, c.title]));
  const r2 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 100) / 100);
  const r1 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 10) / 10);
  const o = overall[0];
  return {
    overall: {
      reviewedAttempts: o?.attempts ?? 0,
      pairs: o?.n ?? 0,
      meanAbsoluteDifference: r2(o?.mad),
      exactAgreementPercent: r1(o?.exact),
      withinOnePercent: r1(o?.withinOne),
      bias: r2(o?.bias),
      scoreMeanAbsoluteDifference: r1(o?.scoreMad),
    },
    criteria: perCriterion.map((c) => ({
      criterionId: c.criterionId,
      title: titles.get(c.criterionId) ?? c.criterionId,
      pairs: c.n,
      meanAbsoluteDifference: r2(c.mad),
      exactAgreementPercent: r1(c.exact),
      withinOnePercent: r1(c.withinOne),
      bias: r2(c.bias),
    })),
    /** Per technique and pitfall: how often trainers agreed with the analyser's label on a turn. */
    labels,
    disagreements: worst.map((w) => ({
      attemptId: w.attemptId,
      learner: { id: w.userId, name: w.name },
      scenarioId: w.contentId,
      title: contentTitle("SCENARIO", w.contentId),
      autoScore: w.autoScore,
      trainerScore: w.score,
      completedAt: w.completedAt,
      totalLevelDifference: w.totalDiff,
      criteriaDiffering: w.criteriaDiffering,
    })),
  };
}
