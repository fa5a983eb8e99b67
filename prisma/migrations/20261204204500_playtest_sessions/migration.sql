-- Play-test sessions (issue 13): a trainer playing a draft, kept apart from Attempt so no learner record counts it

-- CreateTable
CREATE TABLE "PlaytestSession" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "bundle" JSONB NOT NULL,
    "seed" INTEGER NOT NULL,
    "memo" JSONB NOT NULL,
    "turns" JSONB NOT NULL DEFAULT '[]',
    "hintsUsed" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlaytestSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlaytestSession_orgId_userId_scenarioId_idx" ON "PlaytestSession"("orgId", "userId", "scenarioId");

-- AddForeignKey
ALTER TABLE "PlaytestSession" ADD CONSTRAINT "PlaytestSession_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "AuthoredScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

