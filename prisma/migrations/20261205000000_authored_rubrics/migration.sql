-- Authored rubrics (issue 13): an organisation's own rubrics, a working draft and immutable published versions

-- CreateTable
CREATE TABLE "AuthoredRubric" (
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

    CONSTRAINT "AuthoredRubric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthoredRubricVersion" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "rubricId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "rubric" JSONB NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthoredRubricVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthoredRubric_orgId_status_idx" ON "AuthoredRubric"("orgId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AuthoredRubric_orgId_key_key" ON "AuthoredRubric"("orgId", "key");

-- CreateIndex
CREATE INDEX "AuthoredRubricVersion_orgId_idx" ON "AuthoredRubricVersion"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "AuthoredRubricVersion_rubricId_version_key" ON "AuthoredRubricVersion"("rubricId", "version");

-- AddForeignKey
ALTER TABLE "AuthoredRubric" ADD CONSTRAINT "AuthoredRubric_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthoredRubricVersion" ADD CONSTRAINT "AuthoredRubricVersion_rubricId_fkey" FOREIGN KEY ("rubricId") REFERENCES "AuthoredRubric"("id") ON DELETE CASCADE ON UPDATE CASCADE;
