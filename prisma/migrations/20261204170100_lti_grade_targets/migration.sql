-- LTI AGS: which LMS line item receives a learner's result for a Defuse item (issue 15).
-- CreateTable
CREATE TABLE "LtiGradeTarget" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "contentId" TEXT NOT NULL,
    "lineItemUrl" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LtiGradeTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LtiGradeTarget_userId_contentId_idx" ON "LtiGradeTarget"("userId", "contentId");

-- CreateIndex
CREATE UNIQUE INDEX "LtiGradeTarget_registrationId_userId_lineItemUrl_key" ON "LtiGradeTarget"("registrationId", "userId", "lineItemUrl");

