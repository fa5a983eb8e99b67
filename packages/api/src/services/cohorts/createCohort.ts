import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { conflict, isUniqueViolation } from "../../errors";
import { recordAudit } from "../audit/recordAudit";

export async function createCohort(db: Db, actor: SessionUser, input: { name: string; description?: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const cohort = await tx.cohort.create({
        data: { orgId: actor.orgId, name: input.name, description: input.description ?? "" },
        select: { id: true, name: true, description: true, createdAt: true },
      });
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.id,
        action: "cohort.create",
        targetType: "Cohort",
        targetId: cohort.id,
        after: cohort,
      });
      return cohort;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A cohort called “${input.name}” already exists.`, "name");
    throw err;
  }
}
