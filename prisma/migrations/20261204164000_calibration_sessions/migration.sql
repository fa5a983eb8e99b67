-- Calibration sessions (issue 14): blind scoring by invited trainers, agreed score becomes the review.
-- CreateTable
CREATE TABLE "CalibrationSession" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "organiserId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "agreed" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "agreedAt" TIMESTAMP(3),

    CONSTRAINT "CalibrationSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalibrationScore" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,
    "levels" JSONB,
    "score" INTEGER,
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "CalibrationScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CalibrationSession_orgId_createdAt_idx" ON "CalibrationSession"("orgId", "createdAt");

-- CreateIndex
CREATE INDEX "CalibrationSession_attemptId_idx" ON "CalibrationSession"("attemptId");

-- CreateIndex
CREATE INDEX "CalibrationScore_orgId_trainerId_submittedAt_idx" ON "CalibrationScore"("orgId", "trainerId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalibrationScore_sessionId_trainerId_key" ON "CalibrationScore"("sessionId", "trainerId");

-- AddForeignKey
ALTER TABLE "CalibrationSession" ADD CONSTRAINT "CalibrationSession_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationSession" ADD CONSTRAINT "CalibrationSession_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationSession" ADD CONSTRAINT "CalibrationSession_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationScore" ADD CONSTRAINT "CalibrationScore_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CalibrationSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationScore" ADD CONSTRAINT "CalibrationScore_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

