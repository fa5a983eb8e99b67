-- Issue 16, findings 8 and 9.
--
-- Attempt.version: every write to a role-play's engine state (a turn, a hint, finishing) is a
-- compare-and-set on it, so concurrent requests can no longer overwrite each other's memo, and a
-- turn cannot land between the scorer's read and the finish.
ALTER TABLE "Attempt" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;

-- At most one role-play in progress per learner, scenario and mode, so two concurrent starts (or
-- restarts) cannot both create one. Older duplicates left by the race are abandoned first, keeping
-- the newest. A partial unique index, which Prisma's schema language cannot express.
UPDATE "Attempt" a SET status = 'ABANDONED'
WHERE a.status = 'IN_PROGRESS' AND a.kind IN ('ROLEPLAY', 'BRANCHING')
  AND EXISTS (
    SELECT 1 FROM "Attempt" b
    WHERE b."userId" = a."userId" AND b."contentId" = a."contentId" AND b.kind = a.kind AND b.status = 'IN_PROGRESS'
      AND (b."startedAt", b.id) > (a."startedAt", a.id)
  );
CREATE UNIQUE INDEX "Attempt_one_in_progress_idx" ON "Attempt" ("userId", "contentId", "kind")
  WHERE status = 'IN_PROGRESS' AND kind IN ('ROLEPLAY', 'BRANCHING');
