import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";

const select = { id: true, cohortId: true, kind: true, contentId: true, dueAt: true, passMark: true, requirement: true, withdrawnAt: true } as const;

export interface UpdateAssignmentInput {
  assignmentId: string;
  /** undefined keeps the current value; null clears it. */
  dueAt?: Date | null;
  passMark?: number | null;
  requirement?: "PASS" | "COMPLETE";
}

/** Changes the due date or pass mark of a live assignment; learners see the change at once. */
export async function updateAssignment(db: Db, actor: SessionUser, input: UpdateAssignmentInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.assignment.findFirst({ where: { id: input.assignmentId, orgId: actor.orgId }, select });
    if (!before) throw notFound("That assignment");
    if (before.withdrawnAt) throw new AppError("PRECONDITION_FAILED", "This assignment was withdrawn; assign it again instead.");
    const after = await tx.assignment.update({
      where: { id: before.id },
      data: {
        ...(input.dueAt !== undefined ? { dueAt: input.dueAt } : {}),
        ...(input.passMark !== undefined ? { passMark: input.passMark } : {}),
        ...(input.requirement !== undefined ? { requirement: input.requirement } : {}),
      },
      select,
    });
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "assignment.update", targetType: "Assignment", targetId: before.id, before, after });
    return after;
  });
}

/** Withdraws an assignment: learners stop seeing it, their attempts stay. Withdrawing twice is a no-op. */
export async function withdrawAssignment(db: Db, actor: SessionUser, assignmentId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.assignment.findFirst({ where: { id: assignmentId, orgId: actor.orgId }, select });
    if (!before) throw notFound("That assignment");
    if (before.withdrawnAt) return before;
    const after = await tx.assignment.update({ where: { id: before.id }, data: { withdrawnAt: new Date() }, select });
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "assignment.withdraw", targetType: "Assignment", targetId: before.id, before, after });
    return after;
  });
}
