-- LTI NRPS: the LMS courses seen in launches and the cohort each roster syncs into (issue 15).
-- CreateTable
CREATE TABLE "LtiContext" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "contextId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "membershipsUrl" TEXT,
    "cohortId" TEXT,
    "lastSyncedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LtiContext_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LtiContext_orgId_idx" ON "LtiContext"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "LtiContext_registrationId_contextId_key" ON "LtiContext"("registrationId", "contextId");

-- AddForeignKey
ALTER TABLE "LtiContext" ADD CONSTRAINT "LtiContext_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "LtiRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
