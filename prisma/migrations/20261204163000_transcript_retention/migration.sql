-- Retention period for real-call transcripts per organisation (issue 14).
-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "transcriptRetentionDays" INTEGER;

