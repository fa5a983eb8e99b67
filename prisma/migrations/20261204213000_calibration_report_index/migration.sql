-- The calibration report adds up every agreed score of the organisation per trainer and month.
-- Read from the table that was a sequential scan of every CalibrationScore row (1,267 pages for
-- 20,000 scores in the bench). This covering, partial index holds only agreed scores with the two
-- numbers the report sums, so the report is an index-only scan (99 pages for the same data).
-- Prisma cannot express INCLUDE or WHERE, so it lives here (see schema.prisma, CalibrationScore).
CREATE INDEX "CalibrationScore_report_idx" ON "CalibrationScore"("orgId", "trainerId", "agreedAt")
  INCLUDE ("agreedDifference", "agreedCriteria")
  WHERE "agreedAt" IS NOT NULL;
