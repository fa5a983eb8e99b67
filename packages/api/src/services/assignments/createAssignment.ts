import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { invalid, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { scenarioForNew } from "../authoring/resolve";
import { moduleInfo } from "../content/titles";
import type { MailContext } from "../email/config";
import { queueNewAssignmentEmails } from "../email/notify";

export interface CreateAssignmentInput {
  cohortId: string;
  kind: "MODULE" | "SCENARIO";
  contentId: string;
  dueAt?: Date | null;
  passMark?: number | null;
  requirement?: "PASS" | "COMPLETE";
}

/** How long an identical assignment by the same person counts as the same submission sent again. */
export const REPEAT_WINDOW_MS = 10 * 60_000;

/** Assigns a course module or a single scenario to one of the trainer's organisation's cohorts, and tells its learners by email. */
export async function createAssignment(db: Db, actor: SessionUser, input: CreateAssignmentInput, mail: MailContext = {}) {
  // a scenario is a built-in one or one of the organisation's published (not archived) scenarios
  const exists = input.kind === "MODULE" ? moduleInfo(input.contentId) : await scenarioForNew(db, actor.orgId, input.contentId).catch(() => null);
  if (!exists) throw invalid("Choose a course or scenario from the catalogue.", "contentId");
  const cohort = await db.cohort.findFirst({
    where: { id: input.cohortId, orgId: actor.orgId, archivedAt: null },
    select: { id: true },
  });
  if (!cohort) throw notFound("That cohort");
  const select = { id: true, cohortId: true, kind: true, contentId: true, dueAt: true, passMark: true, requirement: true } as const;
  return db.$transaction(async (tx) => {
    // The same submission again (a double click, a retried request, two at once) returns the
    // assignment it made instead of a second one, which emailed every learner of the cohort twice.
    // Creations for one cohort take turns on its row, so two sent at once cannot both miss.
    await tx.$queryRaw`SELECT id FROM "Cohort" WHERE id = ${cohort.id} AND "orgId" = ${actor.orgId} FOR NO KEY UPDATE`;
    const fields = {
      orgId: actor.orgId,
      cohortId: cohort.id,
      kind: input.kind,
      contentId: input.contentId,
      dueAt: input.dueAt ?? null,
      passMark: input.passMark ?? null,
      requirement: input.requirement ?? "PASS",
      assignedById: actor.id,
    };
    const repeat = await tx.assignment.findFirst({
      where: { ...fields, withdrawnAt: null, createdAt: { gte: new Date(Date.now() - REPEAT_WINDOW_MS) } },
      select,
    });
    if (repeat) return repeat;
    const assignment = await tx.assignment.create({ data: fields, select });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: "assignment.create",
      targetType: "Assignment",
      targetId: assignment.id,
      after: assignment,
    });
    await queueNewAssignmentEmails(tx, { ...assignment, orgId: actor.orgId }, mail.origin);
    return assignment;
  });
}
