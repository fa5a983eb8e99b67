-- The official per-criterion levels of a completed role-play (the trainer's once a review is
-- released, the engine's before), kept on the attempt so cohort analytics read them from one
-- index instead of joining five CriterionScore rows per attempt. CriterionScore stays the record.
ALTER TABLE "Attempt" ADD COLUMN "officialLevels" JSONB;

UPDATE "Attempt" t SET "officialLevels" = x.levels
FROM (
  SELECT cs."attemptId", jsonb_object_agg(cs."criterionId", cs.level) AS levels
  FROM "Attempt" a
  JOIN "CriterionScore" cs ON cs."attemptId" = a.id
   AND cs.source = CASE WHEN a."reviewState" = 'RELEASED' THEN 'trainer' ELSE 'auto' END
  GROUP BY cs."attemptId"
) x
WHERE x."attemptId" = t.id;

-- Cohort dashboard: one member's completed role-plays in a window, with everything the
-- aggregates read, as an index-only scan. Partial and with INCLUDE columns, which Prisma's schema
-- language cannot express, so it lives here only (Prisma leaves indexes it does not know alone).
CREATE INDEX "Attempt_analytics_idx" ON "Attempt"("userId", "completedAt")
  INCLUDE ("orgId", "contentId", score, passed, techniques, pitfalls, "officialLevels")
  WHERE status = 'COMPLETED' AND kind IN ('ROLEPLAY', 'BRANCHING');
