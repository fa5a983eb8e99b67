import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { Db } from "@defuse/db";
import { guardedFetch } from "../outbound/guardedFetch";
import { signingKey } from "./keys";

export const AGS_SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

/** What one grade-passback job carries: where to post and whose attempt; the score is read when it runs. */
export interface GradeJob {
  orgId: string;
  registrationId: string;
  attemptId: string;
  /** The platform's line item URL (from the launch's AGS claim or the deep-linked line item). */
  lineItemUrl: string;
  /** The platform's user id (the launch's `sub`). */
  platformUserId: string;
}

export class PassbackError extends Error {}

/**
 * The attempt's score as AGS wants it, read now, not when the job was queued: a retried
 * "pending" job that runs after the review was released sends the released score, so retries
 * can never put an older grade back.
 */
export async function scoreFor(db: Db, job: GradeJob) {
  const a = await db.attempt.findFirst({
    where: { id: job.attemptId, orgId: job.orgId },
    select: { status: true, autoScore: true, score: true, reviewState: true, completedAt: true, review: { select: { releasedAt: true } } },
  });
  if (!a || a.status !== "COMPLETED") return null;
  const awaitingReview = a.reviewState === "PENDING" || a.reviewState === "DRAFT";
  const scoreGiven = awaitingReview ? a.autoScore : a.score;
  return {
    userId: job.platformUserId,
    scoreGiven: scoreGiven ?? 0,
    scoreMaximum: 100,
    activityProgress: "Completed",
    gradingProgress: awaitingReview ? "PendingManual" : "FullyGraded",
    timestamp: (a.reviewState === "RELEASED" && a.review?.releasedAt ? a.review.releasedAt : (a.completedAt ?? new Date())).toISOString(),
  };
}

/** OAuth2 client credentials with a signed JWT assertion (LTI Security Framework § 4.1). */
export async function platformAccessToken(db: Db, registrationId: string, scopes: string[], secret: string, doFetch: typeof fetch = guardedFetch) {
  const reg = await db.ltiRegistration.findUnique({ where: { id: registrationId }, select: { id: true, clientId: true, tokenUrl: true } });
  if (!reg) throw new PassbackError("The registration no longer exists.");
  const { kid, key } = await signingKey(db, reg.id, secret);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
    .setIssuer(reg.clientId)
    .setSubject(reg.clientId)
    .setAudience(reg.tokenUrl)
    .setIssuedAt()
    .setExpirationTime("5m")
    .setJti(randomUUID())
    .sign(key);
  const res = await doFetch(reg.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
      scope: scopes.join(" "),
    }),
  });
  if (!res.ok) throw new PassbackError(`The platform's token endpoint answered ${res.status}.`);
  const body = (await res.json()) as { access_token?: unknown };
  if (typeof body.access_token !== "string") throw new PassbackError("The platform's token endpoint gave no access token.");
  return body.access_token;
}

/** `<lineitem>/scores`, keeping the line item URL's query (AGS 2.0 § 3.4). */
export function scoresUrl(lineItemUrl: string) {
  const u = new URL(lineItemUrl);
  u.pathname = `${u.pathname.replace(/\/$/, "")}/scores`;
  return u.toString();
}

/** Posts the attempt's current score to the line item; throws so the queue retries on failure. */
export async function postScore(db: Db, job: GradeJob, secret: string, doFetch: typeof fetch = guardedFetch) {
  const score = await scoreFor(db, job);
  if (!score) return { posted: false as const };
  const token = await platformAccessToken(db, job.registrationId, [AGS_SCORE_SCOPE], secret, doFetch);
  const res = await doFetch(scoresUrl(job.lineItemUrl), {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/vnd.ims.lis.v1.score+json" },
    body: JSON.stringify(score),
  });
  if (!res.ok) throw new PassbackError(`The platform refused the score (${res.status}).`);
  await db.auditLog.create({
    data: {
      orgId: job.orgId,
      actorId: null,
      action: "lti.grade.post",
      targetType: "Attempt",
      targetId: job.attemptId,
      after: { lineItemUrl: job.lineItemUrl, scoreGiven: score.scoreGiven, gradingProgress: score.gradingProgress },
    },
  });
  return { posted: true as const, score };
}
