import { Prisma } from "@defuse/db";

/**
 * Where an assignment stands for one learner, by the organisation's rules:
 * - a scenario assessed on a pass (requirement PASS, the default) is COMPLETED only once an attempt
 *   passed (the official result: the trainer's once released); finished attempts that all failed
 *   leave it open as RETRY_REQUIRED ("re-attempt required");
 * - a practice scenario (requirement COMPLETE) is COMPLETED by any finished attempt;
 * - a module is its enrolment's status (a module completes when its lessons and checks are done).
 * Anything not COMPLETED is overdue once its due date has passed.
 */
export const ASSIGNMENT_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "RETRY_REQUIRED", "COMPLETED"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/**
 * The status as one SQL expression over an assignment row aliased `a` (kind, "contentId",
 * requirement) for the learner whose id is `userId` (a column reference or a parameter). Every
 * screen and the CSV export use it, so they agree.
 */
export function assignmentStatusSql(userId: Prisma.Sql) {
  return Prisma.sql`CASE WHEN a.kind = 'SCENARIO' THEN
      CASE
        WHEN EXISTS (SELECT 1 FROM "Attempt" t WHERE t."userId" = ${userId} AND t."contentId" = a."contentId" AND t.status = 'COMPLETED'
                     AND t."completedAt" IS NOT NULL AND (a.requirement = 'COMPLETE' OR t.passed)) THEN 'COMPLETED'
        WHEN EXISTS (SELECT 1 FROM "Attempt" t WHERE t."userId" = ${userId} AND t."contentId" = a."contentId" AND t.status = 'COMPLETED'
                     AND t."completedAt" IS NOT NULL) THEN 'RETRY_REQUIRED'
        WHEN EXISTS (SELECT 1 FROM "Attempt" t WHERE t."userId" = ${userId} AND t."contentId" = a."contentId" AND t.status = 'IN_PROGRESS') THEN 'IN_PROGRESS'
        ELSE 'NOT_STARTED'
      END
    ELSE coalesce((SELECT e.status::text FROM "Enrollment" e WHERE e."userId" = ${userId} AND e."moduleId" = a."contentId" LIMIT 1), 'NOT_STARTED')
  END`;
}

/** The same rule in TypeScript, for rows already loaded (the CSV export). */
export function assignmentStatusOf(
  kind: "MODULE" | "SCENARIO",
  requirement: "PASS" | "COMPLETE",
  facts: { completedAttempts: number; passedAny: boolean; inProgress: boolean; enrollmentStatus?: string | null },
): AssignmentStatus {
  if (kind === "MODULE") return (facts.enrollmentStatus as AssignmentStatus | null | undefined) ?? "NOT_STARTED";
  if (facts.completedAttempts > 0) return requirement === "COMPLETE" || facts.passedAny ? "COMPLETED" : "RETRY_REQUIRED";
  return facts.inProgress ? "IN_PROGRESS" : "NOT_STARTED";
}
