-- Coaching loop (issue 17): assessed vs practice assignments, the trainer's ruling on critical
-- behaviour and line comments on reviews, a per-organisation cohort visibility switch, and trainers'
-- label corrections (issue 11 item 5).
CREATE TYPE "AssignmentRequirement" AS ENUM ('PASS', 'COMPLETE');
CREATE TYPE "CriticalDecision" AS ENUM ('CONFIRMED', 'CLEARED');

ALTER TABLE "Organization" ADD COLUMN "trainersSeeAllCohorts" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Assignment" ADD COLUMN "requirement" "AssignmentRequirement" NOT NULL DEFAULT 'PASS';
ALTER TABLE "Review" ADD COLUMN "criticalDecision" "CriticalDecision",
  ADD COLUMN "criticalReason" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "turnComments" JSONB NOT NULL DEFAULT '[]';

CREATE TABLE "LabelCorrection" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "turnIndex" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "LabelCorrection_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LabelCorrection_attemptId_turnIndex_label_key" ON "LabelCorrection"("attemptId", "turnIndex", "label");
CREATE INDEX "LabelCorrection_orgId_createdAt_id_idx" ON "LabelCorrection"("orgId", "createdAt", "id");
ALTER TABLE "LabelCorrection" ADD CONSTRAINT "LabelCorrection_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LabelCorrection" ADD CONSTRAINT "LabelCorrection_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
