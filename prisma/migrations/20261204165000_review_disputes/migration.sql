-- Disputes of released reviews (issue 14).
-- CreateTable
CREATE TABLE "Dispute" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "assignedToId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "outcomeReason" TEXT,
    "oldScore" INTEGER NOT NULL,
    "newScore" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_attemptId_key" ON "Dispute"("attemptId");

-- CreateIndex
CREATE INDEX "Dispute_orgId_assignedToId_state_createdAt_idx" ON "Dispute"("orgId", "assignedToId", "state", "createdAt");

-- CreateIndex
CREATE INDEX "Dispute_orgId_state_idx" ON "Dispute"("orgId", "state");

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

