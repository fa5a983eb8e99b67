import { hkdfSync, randomBytes } from "node:crypto";
import { CompactEncrypt, SignJWT, compactDecrypt } from "jose";
import { catalogue } from "@defuse/content";
import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { invalid } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { LTI, type VerifiedLaunch } from "./launch";
import { signingKey } from "./keys";

/** One thing a teacher can put in an LMS course. `path` is where a launch of it lands in Defuse. */
export interface DeepLinkItem {
  id: string;
  kind: "module" | "lesson" | "knowledgeCheck" | "scenario";
  title: string;
  path: string;
  /** Whether a launch produces a score worth a gradebook column. */
  graded: boolean;
}

/** The built-in curriculum the picker offers to every organisation: modules, their lessons and knowledge checks, and scenarios. */
export function builtInDeepLinkItems(): DeepLinkItem[] {
  const items: DeepLinkItem[] = [];
  for (const m of catalogue.modules) {
    items.push({ id: `module:${m.id}`, kind: "module", title: m.title, path: `/courses/${m.id}`, graded: false });
    for (const l of m.lessons) {
      items.push({ id: `lesson:${m.id}:${l.id}`, kind: "lesson", title: l.title, path: `/courses/${m.id}/${l.id}`, graded: false });
      const quiz = catalogue.quizzes.find((q) => q.id === l.quizId);
      if (quiz) items.push({ id: `check:${m.id}:${l.id}`, kind: "knowledgeCheck", title: `Knowledge check: ${quiz.title}`, path: `/courses/${m.id}/${l.id}/check`, graded: true });
    }
  }
  for (const s of catalogue.scenarios) items.push({ id: `scenario:${s.id}`, kind: "scenario", title: s.title, path: `/practice/${s.id}`, graded: true });
  return items;
}

/**
 * Everything the picker offers one organisation: the built-in curriculum, then the scenarios its
 * trainers authored and published (by title; archived and never-published ones are not offered).
 */
export async function deepLinkItems(db: Db, orgId: string): Promise<DeepLinkItem[]> {
  const authored = await db.authoredScenario.findMany({
    where: { orgId, status: "PUBLISHED", publishedVersion: { not: null } },
    select: { key: true, title: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
  return [...builtInDeepLinkItems(), ...authored.map((a) => ({ id: `scenario:${a.key}`, kind: "scenario" as const, title: a.title, path: `/practice/${a.key}`, graded: true }))];
}

const CONTEXT_TTL_S = 60 * 60;

function contextKey(secret: string) {
  return new Uint8Array(hkdfSync("sha256", secret, "defuse-lti", "lti-deep-link-context", 32));
}

interface DeepLinkContext {
  registrationId: string;
  orgId: string;
  userId: string;
  deploymentId: string;
  returnUrl: string;
  data?: string;
  exp: number;
}

/**
 * What the picker needs to answer the platform, sealed (JWE) so the browser can carry it to the
 * picker and back without reading or changing it, bound to the teacher who launched.
 */
export async function sealDeepLinkContext(launch: VerifiedLaunch, userId: string, secret: string): Promise<string> {
  const s = launch.claims[LTI.deepLinkingSettings] as { deep_link_return_url: string; data?: unknown };
  const ctx: DeepLinkContext = {
    registrationId: launch.registrationId,
    orgId: launch.orgId,
    userId,
    deploymentId: launch.deploymentId,
    returnUrl: s.deep_link_return_url,
    data: typeof s.data === "string" ? s.data : undefined,
    exp: Math.floor(Date.now() / 1000) + CONTEXT_TTL_S,
  };
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(ctx))).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).encrypt(contextKey(secret));
}

/**
 * What the picker may say after a refused choice, by key: the answer to a refused post redirects
 * to the picker with `?error=<key>`, and the page shows only these texts (never text from the link,
 * which anyone could craft to put words on a trusted page).
 */
export const DEEP_LINK_ERRORS = {
  invalid: "This course link request is not valid. Start again from your course.",
  expired: "This course link request has expired. Start again from your course.",
  "not-yours": "This course link request belongs to someone else. Start again from your course.",
  choose: "Choose at least one activity from the list.",
  unregistered: "This platform is no longer registered with Defuse.",
} as const;
export type DeepLinkErrorKey = keyof typeof DEEP_LINK_ERRORS;

/** The key of a refusal's message, for the picker's `?error=` (unknown messages map to "invalid"). */
export function deepLinkErrorKey(message: string): DeepLinkErrorKey {
  const hit = (Object.keys(DEEP_LINK_ERRORS) as DeepLinkErrorKey[]).find((k) => DEEP_LINK_ERRORS[k] === message);
  return hit ?? "invalid";
}

async function openContext(sealed: string, actor: SessionUser, secret: string): Promise<DeepLinkContext> {
  let ctx: DeepLinkContext;
  try {
    ctx = JSON.parse(new TextDecoder().decode((await compactDecrypt(sealed, contextKey(secret))).plaintext)) as DeepLinkContext;
  } catch {
    throw invalid(DEEP_LINK_ERRORS["invalid"]);
  }
  if (ctx.exp < Date.now() / 1000) throw invalid(DEEP_LINK_ERRORS["expired"]);
  if (ctx.userId !== actor.id || ctx.orgId !== actor.orgId) throw invalid(DEEP_LINK_ERRORS["not-yours"]);
  return ctx;
}

/**
 * The signed LtiDeepLinkingResponse (LTI Deep Linking 2.0 § 4.2) for the chosen items: resource
 * links that launch straight into the item, each graded one with a line item out of 100.
 */
export async function buildDeepLinkResponse(db: Db, actor: SessionUser, input: { context: string; itemIds: string[] }, cfg: { baseUrl: string; secret: string }) {
  const ctx = await openContext(input.context, actor, cfg.secret);
  const all = await deepLinkItems(db, actor.orgId);
  const chosen = input.itemIds.map((id) => all.find((i) => i.id === id));
  if (chosen.length === 0 || chosen.some((c) => !c)) throw invalid(DEEP_LINK_ERRORS["choose"], "itemIds");
  const reg = await db.ltiRegistration.findFirst({ where: { id: ctx.registrationId, orgId: actor.orgId }, select: { id: true, issuer: true, clientId: true } });
  if (!reg) throw invalid(DEEP_LINK_ERRORS["unregistered"]);
  const contentItems = (chosen as DeepLinkItem[]).map((item) => ({
    type: "ltiResourceLink",
    title: item.title,
    url: `${cfg.baseUrl}/api/lti/launch`,
    custom: { defuse_path: item.path, defuse_item: item.id },
    ...(item.graded ? { lineItem: { scoreMaximum: 100, label: item.title, resourceId: item.id, tag: item.kind } } : {}),
  }));
  const { kid, key } = await signingKey(db, reg.id, cfg.secret);
  const jwt = await new SignJWT({
    nonce: randomBytes(16).toString("base64url"),
    "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiDeepLinkingResponse",
    "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
    "https://purl.imsglobal.org/spec/lti/claim/deployment_id": ctx.deploymentId,
    "https://purl.imsglobal.org/spec/lti-dl/claim/content_items": contentItems,
    ...(ctx.data !== undefined ? { "https://purl.imsglobal.org/spec/lti-dl/claim/data": ctx.data } : {}),
  })
    .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
    .setIssuer(reg.clientId)
    .setAudience(reg.issuer)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(key);
  await recordAudit(db, { orgId: actor.orgId, actorId: actor.id, action: "lti.deep_link", targetType: "LtiRegistration", targetId: reg.id, after: { items: input.itemIds } });
  return { returnUrl: ctx.returnUrl, jwt };
}
