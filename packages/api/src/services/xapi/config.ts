import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, invalid, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { sealJson } from "../lti/keys";
import { urlRefusal } from "../outbound/addressPolicy";
import { XAPI_SECRET_PURPOSE, lrsClient } from "./deliver";

/** The organisation's learning record store settings, never with the password. */
export async function getXapiConfig(db: Db, actor: SessionUser) {
  const cfg = await db.xapiConfig.findUnique({
    where: { orgId: actor.orgId },
    select: { enabled: true, endpoint: true, username: true, actorMode: true, homePage: true, sweptUntil: true, updatedAt: true },
  });
  const counts = await db.xapiStatement.groupBy({ by: ["status"], where: { orgId: actor.orgId }, _count: { _all: true } });
  const count = (s: string) => counts.find((c) => c.status === s)?._count._all ?? 0;
  return { config: cfg ? { ...cfg, hasPassword: true } : null, queued: count("QUEUED"), sent: count("SENT"), dead: count("DEAD") };
}

export interface XapiConfigInput {
  enabled: boolean;
  endpoint: string;
  username: string;
  /** Empty keeps the stored password. */
  password: string;
  actorMode: "account" | "email";
}

export async function saveXapiConfig(db: Db, actor: SessionUser, input: XapiConfigInput, cfg: { baseUrl: string; secret: string }) {
  // The router's schema checks this too; the service is the boundary whoever calls it.
  const refusal = urlRefusal(input.endpoint);
  if (refusal) throw invalid(refusal, "endpoint");
  const existing = await db.xapiConfig.findUnique({ where: { orgId: actor.orgId }, select: { passwordSealed: true, enabled: true, endpoint: true } });
  if (!existing && !input.password) throw new AppError("INVALID_INPUT", "Enter the record store's password (or key secret).", { field: "password" });
  const endpoint = input.endpoint.replace(/\/?$/, "/");
  const passwordSealed = input.password ? await sealJson(input.password, cfg.secret, XAPI_SECRET_PURPOSE) : existing!.passwordSealed;
  const data = { enabled: input.enabled, endpoint, username: input.username, passwordSealed, actorMode: input.actorMode, homePage: cfg.baseUrl };
  return db.$transaction(async (tx) => {
    // Switching on starts the record from now: earlier activity is not replayed into a new store.
    const row = await tx.xapiConfig.upsert({
      where: { orgId: actor.orgId },
      create: { orgId: actor.orgId, ...data, sweptUntil: new Date() },
      update: { ...data, ...(input.enabled && !existing?.enabled ? { sweptUntil: new Date() } : {}) },
      select: { enabled: true, endpoint: true, username: true, actorMode: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: "xapi.config_save",
      targetType: "Organization",
      targetId: actor.orgId,
      before: existing ? { enabled: existing.enabled, endpoint: existing.endpoint } : undefined,
      after: { ...row, passwordChanged: !!input.password },
    });
    return row;
  });
}

/** Asks the store for its `/about` resource with the stored credentials. */
export async function testXapiConnection(db: Db, actor: SessionUser, secret: string) {
  const cfg = await db.xapiConfig.findUnique({ where: { orgId: actor.orgId } });
  if (!cfg) throw notFound("A learning record store");
  try {
    const client = await lrsClient(cfg, secret);
    const about = await client.getAbout();
    const versions = (about.data as { version?: unknown })?.version;
    return { ok: true as const, message: `Connected. The store speaks xAPI ${Array.isArray(versions) ? versions.join(", ") : "(no version given)"}.` };
  } catch (e) {
    return { ok: false as const, message: `Could not connect: ${(e instanceof Error ? e.message : String(e)).slice(0, 300)}` };
  }
}

export async function listXapiStatements(db: Db, actor: SessionUser, input: { status: "QUEUED" | "SENT" | "DEAD"; cursor?: string | null; limit: number }) {
  if (input.cursor) {
    const c = await db.xapiStatement.findFirst({ where: { id: input.cursor, orgId: actor.orgId }, select: { id: true } });
    if (!c) throw new AppError("INVALID_INPUT", "That page no longer exists; start from the first page.", { field: "cursor" });
  }
  const rows = await db.xapiStatement.findMany({
    where: { orgId: actor.orgId, status: input.status },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: { id: true, verb: true, statement: true, attempts: true, lastError: true, createdAt: true, sentAt: true, userId: true },
  });
  const items = rows.slice(0, input.limit).map(({ statement, ...r }) => {
    const s = statement as { actor?: { name?: string }; object?: { definition?: { name?: Record<string, string> } } };
    return { ...r, who: s.actor?.name ?? "", what: Object.values(s.object?.definition?.name ?? {})[0] ?? "" };
  });
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1]!.id : null };
}

/** Dead statements back into the queue (one, or all of them). */
export async function retryXapi(db: Db, actor: SessionUser, input: { id?: string }) {
  const { count } = await db.xapiStatement.updateMany({
    where: { orgId: actor.orgId, status: "DEAD", ...(input.id ? { id: input.id } : {}) },
    data: { status: "QUEUED", attempts: 0, nextAttemptAt: new Date() },
  });
  if (input.id && count === 0) throw notFound("That dead statement");
  await recordAudit(db, { orgId: actor.orgId, actorId: actor.id, action: "xapi.retry", targetType: "Organization", targetId: actor.orgId, after: { count, id: input.id ?? null } });
  return { requeued: count };
}
