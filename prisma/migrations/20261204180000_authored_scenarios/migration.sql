-- Organisation-authored scenarios with immutable published versions (issue 13).
-- CreateEnum
CREATE TYPE "AuthoredStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateTable
CREATE TABLE "AuthoredScenario" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "AuthoredStatus" NOT NULL DEFAULT 'DRAFT',
    "draft" JSONB NOT NULL,
    "draftRevision" INTEGER NOT NULL DEFAULT 0,
    "publishedVersion" INTEGER,
    "basedOn" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuthoredScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthoredScenarioVersion" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "bundle" JSONB NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthoredScenarioVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthoredScenario_orgId_status_idx" ON "AuthoredScenario"("orgId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AuthoredScenario_orgId_key_key" ON "AuthoredScenario"("orgId", "key");

-- CreateIndex
CREATE INDEX "AuthoredScenarioVersion_orgId_idx" ON "AuthoredScenarioVersion"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "AuthoredScenarioVersion_scenarioId_version_key" ON "AuthoredScenarioVersion"("scenarioId", "version");

-- AddForeignKey
ALTER TABLE "AuthoredScenario" ADD CONSTRAINT "AuthoredScenario_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthoredScenarioVersion" ADD CONSTRAINT "AuthoredScenarioVersion_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "AuthoredScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;
