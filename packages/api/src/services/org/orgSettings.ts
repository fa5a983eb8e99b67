import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { recordAudit } from "../audit/recordAudit";

const select = { id: true, name: true, slug: true, defaultPassMark: true, trainersSeeAllCohorts: true } as const;

export function getOrgSettings(db: Db, actor: SessionUser) {
  return db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select });
}

/** Organisation name and the pass mark used when an assignment sets none. */
export async function updateOrgSettings(db: Db, actor: SessionUser, input: { name: string; defaultPassMark: number; trainersSeeAllCohorts?: boolean }) {
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select });
    const after = await tx.organization.update({ where: { id: actor.orgId }, data: {
        name: input.name,
        defaultPassMark: input.defaultPassMark,
        ...(input.trainersSeeAllCohorts !== undefined ? { trainersSeeAllCohorts: input.trainersSeeAllCohorts } : {}),
      },
      select,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: "org.update",
      targetType: "Organization",
      targetId: actor.orgId,
      before: { name: before.name, defaultPassMark: before.defaultPassMark, trainersSeeAllCohorts: before.trainersSeeAllCohorts },
      after: { name: after.name, defaultPassMark: after.defaultPassMark, trainersSeeAllCohorts: after.trainersSeeAllCohorts },
    });
    return after;
  });
}
