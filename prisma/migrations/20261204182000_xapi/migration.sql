-- xAPI: each organisation's learning record store and the durable statement outbox (issue 15).
-- CreateEnum
CREATE TYPE "XapiStatus" AS ENUM ('QUEUED', 'SENT', 'DEAD');

-- CreateTable
CREATE TABLE "XapiConfig" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "endpoint" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordSealed" TEXT NOT NULL,
    "actorMode" TEXT NOT NULL DEFAULT 'account',
    "homePage" TEXT NOT NULL,
    "sweptUntil" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "XapiConfig_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "XapiStatement" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "statement" JSONB NOT NULL,
    "status" "XapiStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "XapiStatement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "XapiConfig_orgId_key" ON "XapiConfig"("orgId");

-- CreateIndex
CREATE INDEX "XapiStatement_status_nextAttemptAt_idx" ON "XapiStatement"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "XapiStatement_orgId_status_createdAt_idx" ON "XapiStatement"("orgId", "status", "createdAt");

-- AddForeignKey
ALTER TABLE "XapiConfig" ADD CONSTRAINT "XapiConfig_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
