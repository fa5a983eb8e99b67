import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { listPeople } from "../people/managePeople";

export const PEOPLE_PAGE_SIZE = 50;

/** The admin's home: the organisation's cohorts and a first page of its people. */
export async function adminDashboard(db: Db, user: SessionUser) {
  const [org, cohorts, people, counts] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: user.orgId }, select: { id: true, name: true } }),
    db.cohort.findMany({
      where: { orgId: user.orgId, archivedAt: null },
      select: { id: true, name: true, _count: { select: { members: { where: { removedAt: null } } } } },
      orderBy: { name: "asc" },
      take: 200,
    }),
    listPeople(db, user, { limit: PEOPLE_PAGE_SIZE }),
    db.user.groupBy({ by: ["role"], where: { orgId: user.orgId, active: true }, _count: { _all: true } }),
  ]);
  const byRole = Object.fromEntries(counts.map((c) => [c.role, c._count._all])) as Partial<Record<string, number>>;
  return {
    organization: org,
    cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, memberCount: c._count.members })),
    people: people.items,
    totals: { learners: byRole.LEARNER ?? 0, trainers: byRole.TRAINER ?? 0, admins: byRole.ADMIN ?? 0 },
  };
}
