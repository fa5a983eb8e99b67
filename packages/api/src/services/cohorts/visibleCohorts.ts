import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";

/**
 * Live cohorts for pickers: an admin's are the whole organisation's (unless they ask for "mine");
 * a trainer's are the ones they belong to, or the whole organisation's with scope "all" when the
 * organisation lets trainers see every cohort.
 */
export async function visibleCohorts(db: Db, actor: SessionUser, input: { scope?: "mine" | "all" } = {}) {
  let all = actor.role === "ADMIN" && input.scope !== "mine";
  if (!all && input.scope === "all") {
    all =
      actor.role === "ADMIN" ||
      !!(await db.organization.findFirst({ where: { id: actor.orgId }, select: { trainersSeeAllCohorts: true } }))?.trainersSeeAllCohorts;
  }
  return db.cohort.findMany({
    where: { orgId: actor.orgId, archivedAt: null, ...(all ? {} : { members: { some: { userId: actor.id, removedAt: null } } }) },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
