import { catalogue } from "@defuse/content";
import { type Db, PREPARED } from "@defuse/db";
import type { SessionUser } from "../../context";
import { visibleCohortCondition } from "../cohorts/visibleCohorts";

/**
 * The review queue's filter pickers in one statement: the cohorts the trainer may filter by (as
 * cohort.list with scope "all") and every scenario they may filter by, the built-in ones then the
 * organisation's own that were ever published (archived ones too, since their attempts stay),
 * newest change first. The page read these with cohort.list and authoring.list, two to three
 * statements and up to 500 authored scenarios with all their versions on every view (issue 16).
 */
export async function reviewQueueFilters(db: Db, actor: SessionUser) {
  const [row] = await db.$queryRaw<Array<{ cohorts: Array<{ id: string; name: string }>; authored: Array<{ id: string; title: string }> }>>`${PREPARED}
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name ASC), '[]')
         FROM "Cohort" c WHERE ${visibleCohortCondition(actor, "all")}) AS cohorts,
      (SELECT coalesce(json_agg(json_build_object('id', s.key, 'title', s.title) ORDER BY s."updatedAt" DESC, s.id ASC), '[]')
         FROM (SELECT a.key, a.title, a."updatedAt", a.id FROM "AuthoredScenario" a
                WHERE a."orgId" = ${actor.orgId} AND a."publishedVersion" IS NOT NULL
                ORDER BY a."updatedAt" DESC, a.id ASC LIMIT 500) s) AS authored`;
  return {
    cohorts: row!.cohorts,
    scenarios: [...catalogue.scenarios.map((s) => ({ id: s.id, title: s.title })), ...row!.authored],
  };
}
