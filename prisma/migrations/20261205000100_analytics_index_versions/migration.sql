-- Cohort analytics, assignment status and the results export name the scenario and rubric version
-- each attempt was played on, and split per-scenario figures by version (issue 13). With the
-- versions in the covering index the dashboard's per-scenario pass stays an index-only scan.
-- Prisma's schema language has no INCLUDE or WHERE for indexes, hence raw SQL (Prisma leaves it alone).
DROP INDEX IF EXISTS "Attempt_analytics_idx";
CREATE INDEX "Attempt_analytics_idx" ON "Attempt"("userId", "completedAt")
  INCLUDE ("orgId", "contentId", score, passed, techniques, pitfalls, "officialLevels", "startedAt", "contentVersion", "rubricId", "rubricVersion")
  WHERE status = 'COMPLETED' AND kind IN ('ROLEPLAY', 'BRANCHING');
