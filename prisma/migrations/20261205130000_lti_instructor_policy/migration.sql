-- Issue 16, left open: an LMS Instructor's first launch made them an organisation-wide trainer, so
-- wherever anyone can create an LMS course anyone could see every learner. Each registration now
-- says what an Instructor's first launch creates; the default, also for registrations made
-- before this migration, is a learner (an admin promotes them, or allows Instructors to become
-- trainers on the registration). Accounts that already exist keep their role.

-- AlterTable
ALTER TABLE "LtiRegistration" ADD COLUMN "instructorsBecomeTrainers" BOOLEAN NOT NULL DEFAULT false;
