import { catalogue } from "@defuse/content";
import type { Db } from "@defuse/db";
import { LTI, launchTarget, type VerifiedLaunch } from "./launch";
import type { GradeJob } from "./gradePassback";

/**
 * The scored Defuse item a launch path names: a built-in scenario or one the organisation
 * published (its key, as attempts store it), or a lesson's knowledge check.
 */
export async function contentIdForPath(db: Db, orgId: string, path: string): Promise<string | null> {
  const scenario = /^\/practice\/([\w-]+)$/.exec(path);
  if (scenario) {
    const id = scenario[1]!;
    if (catalogue.scenarios.some((s) => s.id === id)) return id;
    const authored = await db.authoredScenario.findFirst({ where: { orgId, key: id, status: "PUBLISHED", publishedVersion: { not: null } }, select: { key: true } });
    return authored?.key ?? null;
  }
  const check = /^\/courses\/([\w-]+)\/([\w-]+)\/check$/.exec(path);
  if (check) return catalogue.modules.find((m) => m.id === check[1])?.lessons.find((l) => l.id === check[2])?.quizId ?? null;
  return null;
}

/** A resource-link launch with an AGS line item for a scored item: remember where its results go. */
export async function captureGradeTarget(db: Db, launch: VerifiedLaunch, userId: string) {
  const ags = launch.claims[LTI.ags] as { lineitem?: unknown; scope?: unknown } | undefined;
  if (launch.messageType !== "LtiResourceLinkRequest" || typeof ags?.lineitem !== "string") return null;
  const contentId = await contentIdForPath(db, launch.orgId, launchTarget(launch));
  if (!contentId) return null;
  const key = { registrationId: launch.registrationId, userId, lineItemUrl: ags.lineitem };
  return db.ltiGradeTarget.upsert({
    where: { registrationId_userId_lineItemUrl: key },
    create: { ...key, orgId: launch.orgId, platformUserId: String(launch.claims.sub), contentId },
    update: { contentId },
  });
}

/**
 * Grade jobs for attempts that finished or had a review released since `since`, for learners
 * whose LMS expects that item's result. Run periodically from the queue, so the attempt and
 * review services need no knowledge of LTI, and nothing is lost if a process stops.
 */
export async function gradeJobsSince(db: Db, since: Date): Promise<GradeJob[]> {
  const attempts = await db.attempt.findMany({
    where: { status: "COMPLETED", updatedAt: { gt: since }, user: { id: { in: (await db.ltiGradeTarget.findMany({ select: { userId: true }, distinct: ["userId"] })).map((t) => t.userId) } } },
    select: { id: true, orgId: true, userId: true, contentId: true },
    orderBy: { updatedAt: "asc" },
    take: 5000,
  });
  if (attempts.length === 0) return [];
  const targets = await db.ltiGradeTarget.findMany({ where: { userId: { in: [...new Set(attempts.map((a) => a.userId))] } } });
  return attempts.flatMap((a) =>
    targets
      .filter((t) => t.userId === a.userId && t.contentId === a.contentId && t.orgId === a.orgId)
      .map((t) => ({ orgId: a.orgId, registrationId: t.registrationId, attemptId: a.id, lineItemUrl: t.lineItemUrl, platformUserId: t.platformUserId })),
  );
}
