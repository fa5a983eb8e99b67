-- The calibration report read the JSON levels of every agreed session (1.6 s at p50 with 4,000 agreed
-- sessions in the bench), and each score now keeps its difference from the agreed levels.
-- AlterTable
ALTER TABLE "CalibrationScore" ADD COLUMN     "agreedAt" TIMESTAMP(3),
ADD COLUMN     "agreedCriteria" INTEGER,
ADD COLUMN     "agreedDifference" INTEGER;

-- Backfill the sessions agreed before this migration.
UPDATE "CalibrationScore" sc
SET "agreedAt" = s."agreedAt",
    "agreedCriteria" = (SELECT count(*)::int FROM jsonb_object_keys(s.agreed) AS k),
    "agreedDifference" = (SELECT COALESCE(sum(abs(COALESCE((sc.levels ->> k)::int, 0) - (s.agreed ->> k)::int)), 0)::int FROM jsonb_object_keys(s.agreed) AS k)
FROM "CalibrationSession" s
WHERE sc."sessionId" = s.id AND s.state = 'AGREED' AND s.agreed IS NOT NULL AND sc.levels IS NOT NULL;

-- CreateIndex
CREATE INDEX "CalibrationScore_orgId_agreedAt_idx" ON "CalibrationScore"("orgId", "agreedAt");
