import { authoredTitles } from "../authoring/resolve";
import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { pageArgs, toPage } from "../admin/paging";
import { contentTitle } from "../content/titles";

export interface ListAssignmentsInput {
  cohortId: string;
  includeWithdrawn?: boolean;
  cursor?: string | null;
  limit?: number;
}

/** A cohort's assignments, newest first. */
export async function listAssignments(db: Db, actor: SessionUser, input: ListAssignmentsInput) {
  const cohort = await db.cohort.findFirst({ where: { id: input.cohortId, orgId: actor.orgId }, select: { id: true, name: true } });
  if (!cohort) throw notFound("That cohort");
  const where: Prisma.AssignmentWhereInput = { orgId: actor.orgId, cohortId: cohort.id, ...(input.includeWithdrawn ? {} : { withdrawnAt: null }) };
  const { pageSize, ...page } = await pageArgs(input, (id) => db.assignment.findFirst({ where: { ...where, id }, select: { id: true } }));
  const rows = await db.assignment.findMany({
    where,
    select: {
      id: true,
      kind: true,
      contentId: true,
      dueAt: true,
      passMark: true,
      requirement: true,
      withdrawnAt: true,
      createdAt: true,
      assignedBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...page,
  });
  const result = toPage(rows, pageSize);
  const authored = await authoredTitles(db, actor.orgId, result.items.filter((a) => a.kind === "SCENARIO").map((a) => a.contentId));
  return {
    cohort,
    nextCursor: result.nextCursor,
    items: result.items.map((a) => ({ ...a, assignedBy: a.assignedBy.name, title: authored.get(a.contentId) ?? contentTitle(a.kind, a.contentId) })),
  };
}
