-- Play-test purge (issue 13): finished play-tests go after a retention period and abandoned
-- unfinished ones after a shorter one, judged by their last activity (updatedAt).

-- AlterTable
ALTER TABLE "PlaytestSession" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "PlaytestSession_orgId_completedAt_updatedAt_idx" ON "PlaytestSession"("orgId", "completedAt", "updatedAt");
