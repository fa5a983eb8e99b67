-- CreateTable
CREATE TABLE "AssessmentPolicy" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "knowledgePassMark" INTEGER NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "roleplayPassMark" INTEGER NOT NULL,
    "maxAttempts" INTEGER NOT NULL,
    "cooldownSeconds" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentAttempt" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "questions" JSONB NOT NULL,
    "answers" JSONB,
    "knowledgeScore" INTEGER,
    "roleplayAttemptId" TEXT,
    "roleplayScore" INTEGER,
    "score" INTEGER,
    "passed" BOOLEAN,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "AssessmentAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "assessmentAttemptId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "learnerName" TEXT NOT NULL,
    "orgName" TEXT NOT NULL,
    "moduleTitle" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokeReason" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentPolicy_orgId_moduleId_key" ON "AssessmentPolicy"("orgId", "moduleId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentAttempt_roleplayAttemptId_key" ON "AssessmentAttempt"("roleplayAttemptId");

-- CreateIndex
CREATE INDEX "AssessmentAttempt_orgId_moduleId_closedAt_idx" ON "AssessmentAttempt"("orgId", "moduleId", "closedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentAttempt_userId_moduleId_number_key" ON "AssessmentAttempt"("userId", "moduleId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_assessmentAttemptId_key" ON "Certificate"("assessmentAttemptId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_orgId_issuedAt_idx" ON "Certificate"("orgId", "issuedAt");

-- CreateIndex
CREATE INDEX "Certificate_orgId_userId_idx" ON "Certificate"("orgId", "userId");

