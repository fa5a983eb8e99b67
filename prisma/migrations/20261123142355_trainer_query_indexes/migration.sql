-- CreateIndex
CREATE INDEX "Attempt_userId_completedAt_status_kind_reviewState_orgId_id_idx" ON "Attempt"("userId", "completedAt", "status", "kind", "reviewState", "orgId", "id");

-- CreateIndex
CREATE INDEX "Attempt_userId_reviewState_completedAt_idx" ON "Attempt"("userId", "reviewState", "completedAt");

-- CreateIndex
CREATE INDEX "Attempt_userId_contentId_status_completedAt_idx" ON "Attempt"("userId", "contentId", "status", "completedAt");

-- CreateIndex
CREATE INDEX "CriterionScore_attemptId_source_criterionId_level_idx" ON "CriterionScore"("attemptId", "source", "criterionId", "level");

