import { createHash, randomBytes } from "node:crypto";
import { createRemoteJWKSet, customFetch, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import type { Db, Prisma, Role } from "@defuse/db";
import { startSignInSession, type SessionRef } from "../account/sessions";
import { recordAudit } from "../audit/recordAudit";
import { guardedFetch, OutboundError } from "../outbound/guardedFetch";
import { jsonProblem, unstorableIn } from "../../storable";
import { ltiLoginLimits } from "./config";

export const LTI = {
  messageType: "https://purl.imsglobal.org/spec/lti/claim/message_type",
  version: "https://purl.imsglobal.org/spec/lti/claim/version",
  deploymentId: "https://purl.imsglobal.org/spec/lti/claim/deployment_id",
  roles: "https://purl.imsglobal.org/spec/lti/claim/roles",
  targetLinkUri: "https://purl.imsglobal.org/spec/lti/claim/target_link_uri",
  resourceLink: "https://purl.imsglobal.org/spec/lti/claim/resource_link",
  context: "https://purl.imsglobal.org/spec/lti/claim/context",
  custom: "https://purl.imsglobal.org/spec/lti/claim/custom",
  deepLinkingSettings: "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
  ags: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
  nrps: "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
} as const;

const INSTRUCTOR_ROLES = [
  "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
  "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
  "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty",
];

/** How long a browser has between login initiation and the platform's form post. */
const STATE_TTL_MS = 10 * 60 * 1000;
/**
 * Login initiation is anonymous and stores a state per call: at most this many unexpired states per
 * registration (a launch needs one for its 10 minutes), so a flood from many addresses cannot fill
 * the table. The default, 5,000, is far above a busy platform's launches in 10 minutes; an operator
 * sets LTI_MAX_PENDING_LOGINS (config.ts). Reached, initiation answers 429.
 */
export const maxOutstandingLoginStates = (): number => ltiLoginLimits().pendingPerRegistration;
/** id_tokens older than this are refused even if `exp` is generous. */
const MAX_TOKEN_AGE_S = 10 * 60;
const CLOCK_TOLERANCE_S = 30;

export type LaunchRefusal =
  | "cookies_blocked"
  | "state_mismatch"
  | "unknown_registration"
  | "bad_signature"
  | "unknown_key"
  | "wrong_issuer"
  | "wrong_audience"
  | "expired"
  | "replayed"
  | "unknown_deployment"
  | "unsupported_message"
  | "invalid_token"
  | "keyset_refused"
  | "keyset_unavailable"
  | "account_inactive"
  | "too_many_logins";

const MESSAGES: Record<LaunchRefusal, string> = {
  cookies_blocked: "Your browser did not send back the cookie Defuse set a moment ago, which usually means it blocks cookies inside the course page. Open Defuse in a new window to continue.",
  state_mismatch: "This launch did not start in this browser. Go back to the course and open the activity again.",
  unknown_registration: "This learning platform is not registered with Defuse. Ask your Defuse admin to register it.",
  bad_signature: "The launch was not signed by the learning platform, so Defuse refused it.",
  unknown_key: "The launch was signed with a key the learning platform does not publish, so Defuse refused it.",
  wrong_issuer: "The launch came from a different platform than the one that started it.",
  wrong_audience: "The launch was meant for a different tool, so Defuse refused it.",
  expired: "This launch has expired. Go back to the course and open the activity again.",
  replayed: "This launch was already used. Go back to the course and open the activity again.",
  unknown_deployment: "This deployment of Defuse is not registered. Ask your Defuse admin to add its deployment id.",
  unsupported_message: "Defuse does not handle this kind of launch.",
  invalid_token: "The launch is missing information Defuse needs, so it was refused.",
  keyset_refused:
    "Defuse could not check this launch: the learning platform's key server is at an address this Defuse may not contact under its outbound policy. Please contact your administrator (whoever looks after Defuse or your learning platform); the details are in Defuse's audit log.",
  keyset_unavailable:
    "Defuse could not check this launch: the learning platform's key server could not be reached or did not answer with its keys. Try again in a few minutes; if it keeps happening, please contact your administrator.",
  account_inactive: "Your Defuse account is deactivated. Ask your trainer or admin.",
  too_many_logins: "Too many launches from this learning platform are waiting to finish, so Defuse is not starting more for now.",
};

export class LaunchError extends Error {
  constructor(readonly reason: LaunchRefusal) {
    super(MESSAGES[reason]);
    this.name = "LaunchError";
  }
}

/** The key server is the problem (refused, unreachable, not a key set), not the token. */
export const isKeySetRefusal = (reason: LaunchRefusal) => reason === "keyset_refused" || reason === "keyset_unavailable";

export interface LoginParams {
  iss?: string | null;
  login_hint?: string | null;
  target_link_uri?: string | null;
  lti_message_hint?: string | null;
  client_id?: string | null;
  lti_deployment_id?: string | null;
}

/**
 * OIDC third-party login initiation: find the registration, remember a state and nonce, and send
 * the browser to the platform's authorisation endpoint. The caller sets `state` in a cookie.
 */
export async function startLogin(db: Db, cfg: { baseUrl: string }, p: LoginParams, now = new Date()) {
  if (!p.iss || !p.login_hint) throw new LaunchError("invalid_token");
  // anonymous parameters go into queries: text PostgreSQL cannot take (NUL) used to answer 500
  if (Object.values(p).some((v) => typeof v === "string" && unstorableIn(v))) throw new LaunchError("invalid_token");
  const regs = await db.ltiRegistration.findMany({ where: { issuer: p.iss, ...(p.client_id ? { clientId: p.client_id } : {}) }, select: { id: true, clientId: true, authUrl: true }, take: 2 });
  if (regs.length !== 1) throw new LaunchError("unknown_registration");
  const reg = regs[0]!;
  // Counted on LtiLoginState(registrationId, expiresAt); concurrent initiations may pass it by a few.
  if ((await db.ltiLoginState.count({ where: { registrationId: reg.id, expiresAt: { gt: now } } })) >= maxOutstandingLoginStates()) throw new LaunchError("too_many_logins");
  const state = randomBytes(24).toString("base64url");
  const nonce = randomBytes(24).toString("base64url");
  await db.ltiLoginState.create({ data: { state, nonce, registrationId: reg.id, expiresAt: new Date(now.getTime() + STATE_TTL_MS) } });
  // Housekeeping: states nobody came back for.
  await db.ltiLoginState.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - STATE_TTL_MS) } } });
  const url = new URL(reg.authUrl);
  const q: Record<string, string> = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: reg.clientId,
    redirect_uri: `${cfg.baseUrl}/api/lti/launch`,
    login_hint: p.login_hint,
    state,
    nonce,
  };
  if (p.lti_message_hint) q.lti_message_hint = p.lti_message_hint;
  for (const [k, v] of Object.entries(q)) url.searchParams.set(k, v);
  return { redirectUrl: url.toString(), state };
}

// One cached JWKS per platform URL: jose refetches on an unknown kid (with a cooldown) and when
// the cache ages out, so platform key rotation works without a restart. Fetched through the
// outbound guard like every address from an organisation's settings.
type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;
const platformKeySets = new Map<string, RemoteKeySet>();
function platformJwks(url: string): RemoteKeySet {
  let set = platformKeySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000, [customFetch]: guardedFetch });
    platformKeySets.set(url, set);
  }
  return set;
}

/** Getting the platform's keys failed (as opposed to a token they do not verify); `failure` says how. */
class KeySetFailure extends Error {
  constructor(readonly failure: unknown) {
    super("the platform's key set could not be fetched");
  }
}

/**
 * The platform's key set, with failures to fetch it told apart from a bad token: the outbound
 * guard's OutboundError (refused, unreachable, too slow, too large), jose's timeout, an answer
 * that is not JSON or not 200 (jose's generic JOSEError, which nothing else in the key lookup
 * throws) and JSON that is not a key set (JWKSInvalid). An unknown kid stays `unknown_key`.
 */
function platformKeys(url: string) {
  const set = platformJwks(url);
  return async (...args: Parameters<RemoteKeySet>) => {
    try {
      return await set(...args);
    } catch (e) {
      const fetchFailed =
        e instanceof OutboundError || e instanceof joseErrors.JWKSTimeout || e instanceof joseErrors.JWKSInvalid || (e instanceof joseErrors.JOSEError && e.code === joseErrors.JOSEError.code);
      throw fetchFailed ? new KeySetFailure(e) : e;
    }
  };
}

const KEYSET_AUDIT_EVERY_MS = 10 * 60_000;

/**
 * A launch stopped by the platform's key server, in the organisation's audit log: which
 * registration, its key server's host and what went wrong, in the outbound guard's words (host
 * and reason only; never the token, the path or the resolved address).
 */
async function recordKeySetFailure(db: Db, reg: { id: string; orgId: string; jwksUrl: string }, reason: LaunchRefusal, failure: unknown) {
  // Anyone can start a login and post a well-formed token, so a broken key server is audited once
  // per registration and reason every KEYSET_AUDIT_EVERY_MS, not once per attempt.
  const since = new Date(Date.now() - KEYSET_AUDIT_EVERY_MS);
  const recent = await db.auditLog.findFirst({
    where: { orgId: reg.orgId, action: "lti.launch_keyset_failed", targetId: reg.id, createdAt: { gt: since }, after: { path: ["reason"], equals: reason } },
    select: { id: true },
  });
  if (recent) return;
  const host = new URL(reg.jwksUrl).host;
  const problem = failure instanceof OutboundError ? failure.message : `${host} did not answer with a key set (JWKS).`;
  await recordAudit(db, { orgId: reg.orgId, actorId: null, action: "lti.launch_keyset_failed", targetType: "LtiRegistration", targetId: reg.id, after: { reason, keyServer: host, problem } });
}

export interface VerifiedLaunch {
  registrationId: string;
  orgId: string;
  /** The registration's setting: an Instructor's first launch creates a trainer (else a learner). */
  instructorsBecomeTrainers: boolean;
  deploymentId: string;
  messageType: "LtiResourceLinkRequest" | "LtiDeepLinkingRequest";
  claims: JWTPayload & Record<string, unknown>;
}

/**
 * Validates the platform's form post: the state matches this browser's cookie, the id_token is
 * signed by a key in the platform's JWKS, names this platform and Defuse, is fresh, carries the
 * nonce of this login (used once), a registered deployment and a supported message.
 */
export async function verifyLaunch(db: Db, input: { idToken: string | null; state: string | null; cookieState: string | null }, now = new Date()): Promise<VerifiedLaunch> {
  if (!input.idToken || !input.state) throw new LaunchError("invalid_token");
  if (unstorableIn(input.state)) throw new LaunchError("state_mismatch");
  const row = await db.ltiLoginState.findUnique({ where: { state: input.state } });
  if (!row) throw new LaunchError("state_mismatch");
  if (!input.cookieState) throw new LaunchError(row.usedAt ? "replayed" : "cookies_blocked");
  if (input.cookieState !== input.state) throw new LaunchError("state_mismatch");
  const reg = await db.ltiRegistration.findUnique({
    where: { id: row.registrationId },
    select: { id: true, orgId: true, issuer: true, clientId: true, jwksUrl: true, deploymentIds: true, instructorsBecomeTrainers: true },
  });
  if (!reg) throw new LaunchError("unknown_registration");

  let claims: JWTPayload & Record<string, unknown>;
  try {
    const r = await jwtVerify(input.idToken, platformKeys(reg.jwksUrl), {
      algorithms: ["RS256"],
      issuer: reg.issuer,
      audience: reg.clientId,
      maxTokenAge: MAX_TOKEN_AGE_S,
      clockTolerance: CLOCK_TOLERANCE_S,
      requiredClaims: ["exp", "iat", "nonce", "sub"],
      currentDate: now,
    });
    claims = r.payload as JWTPayload & Record<string, unknown>;
  } catch (e) {
    if (e instanceof KeySetFailure) {
      const reason = e.failure instanceof OutboundError && e.failure.reason === "refused" ? "keyset_refused" : "keyset_unavailable";
      await recordKeySetFailure(db, reg, reason, e.failure);
      throw new LaunchError(reason);
    }
    throw new LaunchError(refusalFor(e));
  }
  // OIDC core 3.1.3.7: with several audiences azp must be present; when present it must be us.
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if ((aud.length > 1 && claims.azp === undefined) || (claims.azp !== undefined && claims.azp !== reg.clientId)) throw new LaunchError("wrong_audience");
  if (claims.nonce !== row.nonce) throw new LaunchError("replayed");
  // Single use: only the first launch to flip usedAt gets through, however many copies race.
  const used = await db.ltiLoginState.updateMany({ where: { state: row.state, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (used.count !== 1) throw new LaunchError(row.expiresAt <= now ? "expired" : "replayed");

  const deploymentId = claims[LTI.deploymentId];
  if (typeof deploymentId !== "string" || !reg.deploymentIds.includes(deploymentId)) throw new LaunchError("unknown_deployment");
  const messageType = claims[LTI.messageType];
  if (claims[LTI.version] !== "1.3.0") throw new LaunchError("unsupported_message");
  if (messageType !== "LtiResourceLinkRequest" && messageType !== "LtiDeepLinkingRequest") throw new LaunchError("unsupported_message");
  if (messageType === "LtiResourceLinkRequest" && typeof (claims[LTI.resourceLink] as { id?: unknown } | undefined)?.id !== "string") throw new LaunchError("invalid_token");
  if (messageType === "LtiDeepLinkingRequest" && typeof (claims[LTI.deepLinkingSettings] as { deep_link_return_url?: unknown } | undefined)?.deep_link_return_url !== "string")
    throw new LaunchError("invalid_token");
  // Names, emails and course titles from the claims are stored: a NUL or half a surrogate pair
  // there (signed or not) used to answer 500 from the first insert.
  if (jsonProblem(claims, 32)) throw new LaunchError("invalid_token");
  return { registrationId: reg.id, orgId: reg.orgId, instructorsBecomeTrainers: reg.instructorsBecomeTrainers, deploymentId, messageType, claims };
}

function refusalFor(e: unknown): LaunchRefusal {
  if (e instanceof joseErrors.JWKSNoMatchingKey) return "unknown_key";
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return "bad_signature";
  if (e instanceof joseErrors.JWTExpired) return "expired";
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    if (e.claim === "aud") return "wrong_audience";
    if (e.claim === "iss") return "wrong_issuer";
    if (e.claim === "iat" || e.claim === "exp" || e.claim === "nbf") return "expired";
  }
  return "invalid_token";
}

/** The launch names the person an Instructor (of the course, or of the institution). */
export function launchedAsInstructor(launch: Pick<VerifiedLaunch, "claims">) {
  const roles = launch.claims[LTI.roles];
  return Array.isArray(roles) && roles.some((r) => INSTRUCTOR_ROLES.includes(String(r)));
}

type Tx = Db | Prisma.TransactionClient;

/**
 * A Defuse account for a platform person (first launch or roster sync), linked by (registration,
 * sub). A claimed email already used by a Defuse account is never taken over: that account stays
 * separate and this person gets an address of their own. "!lti" is no argon2 hash, so no password
 * ever matches: the account signs in only through its LMS.
 */
export async function createLtiUser(tx: Tx, p: { orgId: string; registrationId: string; sub: string; name: string; email: unknown; role: Role; actorId: string | null; lmsInstructor?: boolean }) {
  const claimed = typeof p.email === "string" && /^[^@\s]+@[^@\s]+$/.test(p.email) ? p.email.trim().toLowerCase() : null;
  const synthetic = `lti-${createHash("sha256").update(`${p.registrationId}:${p.sub}`).digest("hex").slice(0, 24)}@lti.invalid`;
  const email = claimed && !(await tx.user.findUnique({ where: { email: claimed }, select: { id: true } })) ? claimed : synthetic;
  const u = await tx.user.create({
    data: { orgId: p.orgId, email, name: p.name.slice(0, 120), role: p.role, passwordHash: "!lti" },
    select: { id: true, orgId: true, role: true, name: true, email: true, active: true },
  });
  await tx.ltiAccount.create({ data: { orgId: p.orgId, registrationId: p.registrationId, sub: p.sub, userId: u.id } });
  await tx.auditLog.create({
    data: {
      orgId: p.orgId,
      actorId: p.actorId ?? u.id,
      action: "lti.account.create",
      targetType: "User",
      targetId: u.id,
      after: { role: p.role, registrationId: p.registrationId, ...(p.lmsInstructor ? { lmsInstructor: true } : {}) },
    },
  });
  return u;
}

/**
 * Signs the platform person in: found by (registration, sub), never by the email they claim.
 * First launch creates a learner, or a trainer when the launch role is Instructor and the
 * registration's admin allows Instructors to become trainers. A later launch never changes the
 * account's role (an admin's promotion or demotion in People stands, and an admin stays one). The
 * account has no password (it signs in only through its LMS). Starts a SignInSession like a
 * password sign-in does.
 */
export async function signInFromLaunch(db: Db, launch: VerifiedLaunch): Promise<{ ref: SessionRef; user: { id: string; orgId: string; role: Role; name: string; email: string }; created: boolean }> {
  const sub = String(launch.claims.sub);
  const link = await db.ltiAccount.findUnique({ where: { registrationId_sub: { registrationId: launch.registrationId, sub } }, select: { userId: true } });
  let created = false;
  let user = link ? await db.user.findFirst({ where: { id: link.userId, orgId: launch.orgId }, select: { id: true, orgId: true, role: true, name: true, email: true, active: true } }) : null;
  if (!user) {
    const c = launch.claims;
    const instructor = launchedAsInstructor(launch);
    const name = (typeof c.name === "string" && c.name.trim()) || [c.given_name, c.family_name].filter((x) => typeof x === "string" && x).join(" ") || "LMS learner";
    user = await db.$transaction((tx) =>
      createLtiUser(tx, {
        orgId: launch.orgId,
        registrationId: launch.registrationId,
        sub,
        name,
        email: c.email,
        role: instructor && launch.instructorsBecomeTrainers ? "TRAINER" : "LEARNER",
        actorId: null,
        lmsInstructor: instructor,
      }),
    );
    created = true;
  }
  if (!user.active) throw new LaunchError("account_inactive");
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  const ref = await startSignInSession(db, user);
  return { ref, user: { id: user.id, orgId: user.orgId, role: user.role, name: user.name, email: user.email }, created };
}

/** Where a resource-link launch lands: the custom `defuse_path` the deep link set, if it is ours. */
export function launchTarget(launch: VerifiedLaunch): string {
  const custom = (launch.claims[LTI.custom] ?? {}) as Record<string, unknown>;
  const path = typeof custom.defuse_path === "string" ? custom.defuse_path : "";
  return /^\/(?!\/)[\w\-/?=&.]*$/.test(path) ? path : "/dashboard";
}
