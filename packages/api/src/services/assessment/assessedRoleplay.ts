import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";

/** What a learner reads when they ask for a hint in the assessed role-play (the server refuses it). */
export const NO_HINTS_IN_ASSESSMENT = "This is your assessed role-play, which has no hints: reply in your own words. Practice calls keep their hints.";

/**
 * True when the attempt is the assessed role-play of one of the learner's assessment sittings
 * (AssessmentAttempt.roleplayAttemptId, unique, so one index look-up). The assessed call is played
 * on the practice screen through the practice procedures, so they ask this before offering or
 * giving a hint.
 */
export async function isAssessedRoleplay(db: Db, user: SessionUser, attemptId: string): Promise<boolean> {
  const sitting = await db.assessmentAttempt.findFirst({ where: { orgId: user.orgId, userId: user.id, roleplayAttemptId: attemptId }, select: { id: true } });
  return sitting !== null;
}
