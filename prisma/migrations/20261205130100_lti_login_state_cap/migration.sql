-- Issue 16, left open: anonymous login initiations filled LtiLoginState. Each initiation now counts
-- the registration's outstanding (unexpired) states against a cap; this index serves that count.

-- CreateIndex
CREATE INDEX "LtiLoginState_registrationId_expiresAt_idx" ON "LtiLoginState"("registrationId", "expiresAt");
