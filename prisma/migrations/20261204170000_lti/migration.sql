-- LTI 1.3: platform registrations per organisation, the tool's signing keys (private part encrypted), login states (single-use nonces) and platform accounts linked by sub (issue 15).
-- CreateTable
CREATE TABLE "LtiRegistration" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "deploymentIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "jwksUrl" TEXT NOT NULL,
    "authUrl" TEXT NOT NULL,
    "tokenUrl" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LtiRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LtiToolKey" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "kid" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "privateKeyJwe" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),
    "removeAfter" TIMESTAMP(3),

    CONSTRAINT "LtiToolKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LtiLoginState" (
    "state" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiLoginState_pkey" PRIMARY KEY ("state")
);

-- CreateTable
CREATE TABLE "LtiAccount" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "sub" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiAccount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LtiRegistration_orgId_idx" ON "LtiRegistration"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "LtiRegistration_issuer_clientId_key" ON "LtiRegistration"("issuer", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "LtiToolKey_kid_key" ON "LtiToolKey"("kid");

-- CreateIndex
CREATE INDEX "LtiToolKey_registrationId_retiredAt_idx" ON "LtiToolKey"("registrationId", "retiredAt");

-- CreateIndex
CREATE INDEX "LtiLoginState_expiresAt_idx" ON "LtiLoginState"("expiresAt");

-- CreateIndex
CREATE INDEX "LtiAccount_userId_idx" ON "LtiAccount"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LtiAccount_registrationId_sub_key" ON "LtiAccount"("registrationId", "sub");

-- AddForeignKey
ALTER TABLE "LtiToolKey" ADD CONSTRAINT "LtiToolKey_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "LtiRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LtiAccount" ADD CONSTRAINT "LtiAccount_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "LtiRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

