-- Real-call transcripts (issue 14): imported calls become attempts of kind REAL_CALL, reviewed like practice.

-- AlterEnum
ALTER TYPE "AttemptKind" ADD VALUE 'REAL_CALL';

-- CreateTable
CREATE TABLE "TranscriptImport" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TranscriptImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Transcript" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "turns" JSONB NOT NULL,
    "masked" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Transcript_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TranscriptImport_orgId_createdAt_idx" ON "TranscriptImport"("orgId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TranscriptImport_orgId_key_key" ON "TranscriptImport"("orgId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Transcript_attemptId_key" ON "Transcript"("attemptId");

-- CreateIndex
CREATE INDEX "Transcript_orgId_createdAt_idx" ON "Transcript"("orgId", "createdAt");

-- CreateIndex
CREATE INDEX "Transcript_importId_idx" ON "Transcript"("importId");

-- CreateIndex
CREATE INDEX "Transcript_agentId_idx" ON "Transcript"("agentId");

-- AddForeignKey
ALTER TABLE "TranscriptImport" ADD CONSTRAINT "TranscriptImport_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptImport" ADD CONSTRAINT "TranscriptImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_importId_fkey" FOREIGN KEY ("importId") REFERENCES "TranscriptImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
