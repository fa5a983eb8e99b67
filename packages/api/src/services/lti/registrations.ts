import { hkdfSync } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { conflict, invalid, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { urlRefusal } from "../outbound/addressPolicy";
import { guardedFetch, OutboundError } from "../outbound/guardedFetch";
import { createToolKey, rotateToolKeys } from "./keys";

export interface RegistrationInput {
  name: string;
  issuer: string;
  clientId: string;
  deploymentIds: string[];
  jwksUrl: string;
  authUrl: string;
  tokenUrl: string;
  /** What an LMS Instructor's first launch creates: a trainer only when true (default false: a learner). */
  instructorsBecomeTrainers?: boolean;
}

const select = { id: true, name: true, issuer: true, clientId: true, deploymentIds: true, jwksUrl: true, authUrl: true, tokenUrl: true, instructorsBecomeTrainers: true, createdAt: true } as const;

/** The organisation's registered platforms, with the kid of each one's current key (never a private part). */
export async function listRegistrations(db: Db, actor: SessionUser) {
  const rows = await db.ltiRegistration.findMany({
    where: { orgId: actor.orgId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...select, keys: { where: { retiredAt: null }, select: { kid: true, createdAt: true } } },
  });
  return rows.map(({ keys, ...r }) => ({ ...r, currentKid: keys[0]?.kid ?? null, keyCreatedAt: keys[0]?.createdAt ?? null }));
}

async function isTaken(db: Db, issuer: string, clientId: string, exceptId?: string) {
  const row = await db.ltiRegistration.findFirst({ where: { issuer, clientId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return !!row;
}

/**
 * The platform URLs Defuse's server calls (keyset, token) or sends browsers to (authentication)
 * must be public https addresses, whoever registers them: the form's schema, dynamic
 * registration's platform configuration, or a script.
 */
function checkPlatformUrls(input: RegistrationInput) {
  for (const field of ["jwksUrl", "tokenUrl", "authUrl"] as const) {
    const refusal = urlRefusal(input[field]);
    if (refusal) throw invalid(refusal, field);
  }
}

/** Manual registration: the admin copies the platform's issuer, client id, deployments and endpoints. */
export async function createRegistration(db: Db, actor: SessionUser, input: RegistrationInput, secret: string) {
  checkPlatformUrls(input);
  if (await isTaken(db, input.issuer, input.clientId)) throw conflict("This platform and client id are already registered.", "clientId");
  return db.$transaction(async (tx) => {
    const reg = await tx.ltiRegistration.create({ data: { orgId: actor.orgId, ...input }, select });
    const key = await createToolKey(tx, { id: reg.id, orgId: actor.orgId }, secret);
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "lti.registration.create", targetType: "LtiRegistration", targetId: reg.id, after: { ...input, kid: key.kid } });
    return reg;
  });
}

export async function updateRegistration(db: Db, actor: SessionUser, input: RegistrationInput & { id: string }) {
  const { id, ...data } = input;
  checkPlatformUrls(data);
  const before = await db.ltiRegistration.findFirst({ where: { id, orgId: actor.orgId }, select });
  if (!before) throw notFound("The registration");
  if (await isTaken(db, data.issuer, data.clientId, id)) throw conflict("This platform and client id are already registered.", "clientId");
  return db.$transaction(async (tx) => {
    const after = await tx.ltiRegistration.update({ where: { id: before.id }, data, select });
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "lti.registration.update", targetType: "LtiRegistration", targetId: id, before, after });
    return after;
  });
}

/**
 * Whether this registration's LMS Instructors become trainers on their first launch. A trainer sees
 * the whole organisation's learners, and wherever anyone can create an LMS course anyone is an
 * Instructor, so it is the admin's choice per platform (default: a learner, promoted in People).
 * Only accounts created after the change follow it; existing accounts keep their role.
 */
export async function setInstructorPolicy(db: Db, actor: SessionUser, input: { id: string; instructorsBecomeTrainers: boolean }) {
  const before = await db.ltiRegistration.findFirst({ where: { id: input.id, orgId: actor.orgId }, select: { id: true, instructorsBecomeTrainers: true } });
  if (!before) throw notFound("The registration");
  return db.$transaction(async (tx) => {
    const after = await tx.ltiRegistration.update({
      where: { id: before.id },
      data: { instructorsBecomeTrainers: input.instructorsBecomeTrainers },
      select: { id: true, instructorsBecomeTrainers: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: "lti.registration.instructor_policy",
      targetType: "LtiRegistration",
      targetId: before.id,
      before: { instructorsBecomeTrainers: before.instructorsBecomeTrainers },
      after: { instructorsBecomeTrainers: after.instructorsBecomeTrainers },
    });
    return after;
  });
}

export async function deleteRegistration(db: Db, actor: SessionUser, input: { id: string }) {
  const before = await db.ltiRegistration.findFirst({ where: { id: input.id, orgId: actor.orgId }, select });
  if (!before) throw notFound("The registration");
  await db.$transaction(async (tx) => {
    await tx.ltiRegistration.deleteMany({ where: { id: before.id, orgId: actor.orgId } });
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "lti.registration.delete", targetType: "LtiRegistration", targetId: before.id, before });
  });
  return { id: before.id };
}

/** New signing key; the old one stays in the JWKS for the grace period. */
export async function rotateRegistrationKey(db: Db, actor: SessionUser, input: { id: string }, secret: string) {
  const reg = await db.ltiRegistration.findFirst({ where: { id: input.id, orgId: actor.orgId }, select: { id: true, orgId: true } });
  if (!reg) throw notFound("The registration");
  return db.$transaction(async (tx) => {
    const r = await rotateToolKeys(tx, reg, secret);
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "lti.key.rotate", targetType: "LtiRegistration", targetId: reg.id, before: { kids: r.retired }, after: { kid: r.current } });
    return { currentKid: r.current };
  });
}

// ---- LTI Dynamic Registration (IMS LTI Dynamic Registration 1.0) ----

const INVITE_TTL_S = 7 * 24 * 3600;

function inviteKey(secret: string) {
  return new Uint8Array(hkdfSync("sha256", secret, "defuse-lti", "lti-registration-invite", 32));
}

/**
 * The one URL an admin pastes into the LMS: /api/lti/register with a signed, expiring invitation
 * naming the organisation and the admin, so the registration lands in the right organisation.
 */
export async function createRegistrationLink(db: Db, actor: SessionUser, cfg: { baseUrl: string; secret: string }) {
  const token = await new SignJWT({ org: actor.orgId, by: actor.id })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(`${INVITE_TTL_S}s`)
    .setAudience("defuse-lti-register")
    .sign(inviteKey(cfg.secret));
  await recordAudit(db, { orgId: actor.orgId, actorId: actor.id, action: "lti.registration.invite", targetType: "Organization", targetId: actor.orgId });
  return { url: `${cfg.baseUrl}/api/lti/register?invite=${encodeURIComponent(token)}`, expiresAt: new Date(Date.now() + INVITE_TTL_S * 1000) };
}

export class DynamicRegistrationError extends Error {}

/**
 * The configuration URL lies under the issuer: the same origin (scheme, host, port) and the
 * issuer's path as whole segments. A raw string prefix let `https://lms.example.com.evil.test/…`
 * claim the issuer `https://lms.example.com`.
 */
function servedUnder(configUrl: string, issuer: string): boolean {
  let served: URL;
  let iss: URL;
  try {
    served = new URL(configUrl);
    iss = new URL(issuer);
  } catch {
    return false;
  }
  const path = iss.pathname.replace(/\/+$/, "");
  return served.origin === iss.origin && (served.pathname === path || served.pathname.startsWith(`${path}/`));
}

const TOOL_SCOPES = [
  "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
  "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
  "https://purl.imsglobal.org/spec/lti-ags/scope/score",
  "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
];

/**
 * The platform opened /api/lti/register?invite=…&openid_configuration=…&registration_token=…:
 * read its configuration (its issuer must be the configuration URL's origin and path prefix),
 * register Defuse as a client, and store the registration with a fresh key.
 */
export async function completeDynamicRegistration(
  db: Db,
  cfg: { baseUrl: string; secret: string; fetch?: typeof fetch },
  params: { invite: string; openidConfiguration: string; registrationToken?: string | null },
) {
  const doFetch = cfg.fetch ?? guardedFetch;
  // A refusal by the outbound guard says why (an internal address); other failures stay generic.
  const failed = (what: string) => (e: unknown) => {
    if (e instanceof OutboundError) throw new DynamicRegistrationError(`${what}: ${e.message}`);
    return null;
  };
  let invite: { org: string; by: string };
  try {
    const { payload } = await jwtVerify(params.invite, inviteKey(cfg.secret), { audience: "defuse-lti-register", algorithms: ["HS256"] });
    invite = payload as unknown as { org: string; by: string };
  } catch {
    throw new DynamicRegistrationError("This registration link has expired or is not valid. Ask a Defuse admin for a new one.");
  }
  const admin = await db.user.findFirst({ where: { id: invite.by, orgId: invite.org, role: "ADMIN", active: true }, select: { id: true } });
  if (!admin) throw new DynamicRegistrationError("The admin who created this registration link can no longer register platforms.");

  const confRes = await doFetch(params.openidConfiguration, { headers: { accept: "application/json" } }).catch(failed("Defuse could not read the platform's OpenID configuration"));
  if (!confRes?.ok) throw new DynamicRegistrationError("Defuse could not read the platform's OpenID configuration.");
  const conf = (await confRes.json()) as Record<string, unknown>;
  const issuer = String(conf.issuer ?? "");
  if (!issuer || !servedUnder(params.openidConfiguration, issuer)) {
    throw new DynamicRegistrationError("The platform's configuration names an issuer that does not match where it was served from.");
  }
  for (const f of ["authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint"]) {
    if (typeof conf[f] !== "string") throw new DynamicRegistrationError(`The platform's configuration has no ${f}.`);
  }
  const base = cfg.baseUrl;
  const body = {
    application_type: "web",
    response_types: ["id_token"],
    grant_types: ["implicit", "client_credentials"],
    initiate_login_uri: `${base}/api/lti/login`,
    redirect_uris: [`${base}/api/lti/launch`],
    client_name: "Defuse",
    jwks_uri: `${base}/api/lti/jwks`,
    logo_uri: `${base}/icon.svg`,
    token_endpoint_auth_method: "private_key_jwt",
    scope: TOOL_SCOPES.join(" "),
    "https://purl.imsglobal.org/spec/lti-tool-configuration": {
      domain: new URL(base).host,
      target_link_uri: `${base}/api/lti/launch`,
      claims: ["iss", "sub", "name", "given_name", "family_name", "email"],
      messages: [{ type: "LtiDeepLinkingRequest", target_link_uri: `${base}/api/lti/launch`, label: "Defuse" }],
    },
  };
  const regRes = await doFetch(String(conf.registration_endpoint), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...(params.registrationToken ? { authorization: `Bearer ${params.registrationToken}` } : {}) },
    body: JSON.stringify(body),
  }).catch(failed("Defuse could not register with the platform"));
  if (!regRes?.ok) throw new DynamicRegistrationError("The platform refused the registration.");
  const client = (await regRes.json()) as Record<string, unknown>;
  const clientId = String(client.client_id ?? "");
  if (!clientId) throw new DynamicRegistrationError("The platform did not return a client id.");
  const toolConf = (client["https://purl.imsglobal.org/spec/lti-tool-configuration"] ?? {}) as { deployment_id?: unknown };
  const deploymentIds = typeof toolConf.deployment_id === "string" ? [toolConf.deployment_id] : [];
  const input: RegistrationInput = {
    name:
      typeof conf["https://purl.imsglobal.org/spec/lti-platform-configuration"] === "object"
        ? String((conf["https://purl.imsglobal.org/spec/lti-platform-configuration"] as { product_family_code?: unknown }).product_family_code ?? issuer)
        : issuer,
    issuer,
    clientId,
    deploymentIds,
    jwksUrl: String(conf.jwks_uri),
    authUrl: String(conf.authorization_endpoint),
    tokenUrl: String(conf.token_endpoint),
  };
  const actor = { id: admin.id, orgId: invite.org, role: "ADMIN", email: "", name: "" } as SessionUser;
  if (await isTaken(db, issuer, clientId)) throw new DynamicRegistrationError("This platform and client id are already registered.");
  return createRegistration(db, actor, input, cfg.secret).catch((e: unknown) => {
    if (e instanceof Error && "code" in e && (e as { code: string }).code === "INVALID_INPUT") throw new DynamicRegistrationError(`The platform's configuration cannot be used: ${e.message}`);
    throw e;
  });
}
