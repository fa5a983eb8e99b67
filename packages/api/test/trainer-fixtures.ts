/**
 * Shared set-up for the trainer/admin integration tests: a tRPC caller for a user, and role-play
 * attempts written the way learner.finishAttempt leaves them (turns, automatic CriterionScore
 * rows, reviewState PENDING), so review and analytics tests do not depend on the engine's output.
 */
import { TRPCError } from "@trpc/server";
import { catalogue } from "@defuse/content";
import type { Db } from "@defuse/db";
import { createCaller, createContextInner, type SessionUser } from "../src";

export const CRITERIA = ["acknowledge-emotion", "understand-problem", "ownership-resolution", "clear-communication", "composure-boundaries"] as const;
export const WEIGHTS: Record<(typeof CRITERIA)[number], number> = {
  "acknowledge-emotion": 20,
  "understand-problem": 20,
  "ownership-resolution": 25,
  "clear-communication": 15,
  "composure-boundaries": 20,
};

export function session(u: { id: string; email: string; name: string; role: SessionUser["role"]; orgId: string }): SessionUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, orgId: u.orgId };
}

export function callerFor(db: Db, user: Parameters<typeof session>[0] | null) {
  return createCaller(createContextInner({ db, user: user ? session(user) : null }));
}

export function scoreOf(levels: Record<string, number>) {
  return Math.round(CRITERIA.reduce((s, c) => s + (WEIGHTS[c] * (levels[c] ?? 0)) / 4, 0));
}

export interface SeedAttempt {
  orgId: string;
  userId: string;
  contentId?: string;
  levels: Record<string, number>;
  completedAt?: Date;
  techniques?: string[];
  pitfalls?: string[];
  assignmentId?: string | null;
  passMark?: number;
}

export async function seedAttempt(db: Db, a: SeedAttempt) {
  const score = scoreOf(a.levels);
  const passed = score >= (a.passMark ?? 70);
  const completedAt = a.completedAt ?? new Date();
  const attempt = await db.attempt.create({
    data: {
      orgId: a.orgId,
      userId: a.userId,
      kind: "ROLEPLAY",
      contentId: a.contentId ?? "billing-error",
      contentVersion: 1,
      rubricId: "core-deescalation",
      rubricVersion: 1,
      assignmentId: a.assignmentId ?? null,
      status: "COMPLETED",
      startedAt: new Date(completedAt.getTime() - 10 * 60_000),
      completedAt,
      tension: 30,
      outcome: "resolved",
      autoScore: score,
      autoPassed: passed,
      autoResult: {
        score,
        passed,
        criteria: CRITERIA.map((id) => ({
          id,
          level: a.levels[id] ?? 0,
          points: (WEIGHTS[id] * (a.levels[id] ?? 0)) / 4,
          evidence: [{ turn: 0, quote: "I'm sorry", label: "apology", effect: "for" }],
        })),
      },
      score,
      passed,
      techniques: a.techniques ?? ["empathy", "apology"],
      pitfalls: a.pitfalls ?? [],
      officialLevels: Object.fromEntries(CRITERIA.map((c) => [c, a.levels[c] ?? 0])),
      reviewState: "PENDING",
      turns: {
        create: [
          {
            index: 0,
            clientTurnId: "t0",
            agentText: "I'm sorry about the double charge.",
            techniques: ["apology"],
            pitfalls: [],
            labels: [],
            customerLine: "Well, fix it.",
            tensionBefore: 70,
            tensionAfter: 55,
            reason: "apology lowered tension",
          },
          {
            index: 1,
            clientTurnId: "t1",
            agentText: "I'll refund it today.",
            techniques: ["ownership", "solution"],
            pitfalls: [],
            labels: [],
            customerLine: "Thank you.",
            tensionBefore: 55,
            tensionAfter: 30,
            reason: "solution offered",
          },
        ],
      },
    },
  });
  await db.criterionScore.createMany({
    data: CRITERIA.map((c) => ({
      orgId: a.orgId,
      attemptId: attempt.id,
      contentId: attempt.contentId,
      criterionId: c,
      source: "auto",
      level: a.levels[c] ?? 0,
      points: (WEIGHTS[c] * (a.levels[c] ?? 0)) / 4,
    })),
  });
  return attempt;
}

export const allLevels = (level: number) => Object.fromEntries(CRITERIA.map((c) => [c, level])) as Record<string, number>;

/** "OK", or the tRPC code a call was refused with; anything that is not a tRPC error fails the test. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (err) {
    if (err instanceof TRPCError) return err.code;
    throw err;
  }
}

/**
 * A certificate of `learner`'s for the curriculum's last module, as passing its final assessment
 * issues one (the assessment procedures are tried on the first module, where a certificate would
 * stop a new sitting). `tag` makes its code and sitting id unique.
 */
export function seedCertificate(db: Db, org: { id: string; name: string }, learner: { id: string; name: string }, tag: string) {
  const certified = catalogue.modules.at(-1)!;
  return db.certificate.create({
    data: {
      orgId: org.id,
      userId: learner.id,
      moduleId: certified.id,
      assessmentAttemptId: `sitting-${tag}`,
      code: tag.toUpperCase(),
      learnerName: learner.name,
      orgName: org.name,
      moduleTitle: certified.title,
      score: 90,
    },
  });
}
