import XAPI from "@xapi/xapi";
import type { Db } from "@defuse/db";
import { openJson } from "../lti/keys";
import { guardedFetch } from "../outbound/guardedFetch";

/**
 * Sends queued statements to each organisation's learning record store with @xapi/xapi (POST
 * /statements, X-Experience-API-Version 1.0.3, basic auth). A failed batch is retried with
 * growing waits (1, 2, 4, 8 minutes); after MAX_ATTEMPTS failures a statement is DEAD and waits in
 * the admin's dead-letter view for a retry.
 */
export const MAX_ATTEMPTS = 5;
const BATCH = 50;
const backoffMs = (attempts: number) => Math.min(2 ** (attempts - 1), 60) * 60_000;

export const XAPI_SECRET_PURPOSE = "xapi";

// CommonJS default export seen through ESM: the class may sit one level down.
const XapiClient = ((XAPI as unknown as { default?: typeof XAPI }).default ?? XAPI) as typeof XAPI;

type Adapter = NonNullable<ConstructorParameters<typeof XapiClient>[0]["adapter"]>;

/**
 * @xapi/xapi's own fetch adapter with Defuse's outbound guard (services/outbound/guardedFetch.ts):
 * checked addresses only, a time and size limit, no redirects for POST. A refusal keeps the
 * store's status and the start of its answer (from a checked address) for the dead-letter list.
 */
export const guardedXapiAdapter = (async ({ url, method, data, headers }: { url: string; method: string; data?: unknown; headers?: Record<string, string> }) => {
  const body = data === undefined ? undefined : headers?.["Content-Type"] === "application/json" ? JSON.stringify(data) : (data as RequestInit["body"]);
  const res = await guardedFetch(url, { method, body, headers });
  const text = await res.text();
  if (!res.ok) {
    const said = text
      .replace(/\p{Cc}+/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 200);
    throw new Error(`The record store answered ${res.status}${said ? `: ${said}` : "."}`);
  }
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: the text as it came
  }
  return { data: parsed, headers: Object.fromEntries(res.headers.entries()), status: res.status };
}) as unknown as Adapter;

export async function lrsClient(cfg: { endpoint: string; username: string; passwordSealed: string }, secret: string) {
  const password = await openJson<string>(cfg.passwordSealed, secret, XAPI_SECRET_PURPOSE);
  return new XapiClient({ endpoint: cfg.endpoint, auth: XapiClient.toBasicAuth(cfg.username, password), version: "1.0.3", adapter: guardedXapiAdapter });
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\s+/g, " ").slice(0, 300) || "The record store refused the statements.";

/** One pass over every organisation's due statements; returns how many were sent and failed. */
export async function deliverDue(db: Db, secret: string, now = new Date()) {
  let sent = 0;
  let failed = 0;
  const orgs = await db.xapiStatement.findMany({ where: { status: "QUEUED", nextAttemptAt: { lte: now } }, distinct: ["orgId"], select: { orgId: true } });
  for (const { orgId } of orgs) {
    const cfg = await db.xapiConfig.findUnique({ where: { orgId } });
    if (!cfg?.enabled) continue;
    const client = await lrsClient(cfg, secret);
    for (;;) {
      const batch = await db.xapiStatement.findMany({
        where: { orgId, status: "QUEUED", nextAttemptAt: { lte: now } },
        orderBy: { createdAt: "asc" },
        take: BATCH,
        select: { id: true, statement: true, attempts: true },
      });
      if (!batch.length) break;
      try {
        await client.sendStatements({ statements: batch.map((b) => b.statement) as never });
        await db.xapiStatement.updateMany({ where: { id: { in: batch.map((b) => b.id) } }, data: { status: "SENT", sentAt: new Date(), lastError: null, attempts: { increment: 1 } } });
        sent += batch.length;
      } catch (e) {
        const lastError = errorText(e);
        for (const b of batch) {
          const attempts = b.attempts + 1;
          await db.xapiStatement.update({
            where: { id: b.id },
            data: attempts >= MAX_ATTEMPTS ? { status: "DEAD", attempts, lastError } : { attempts, lastError, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) },
          });
        }
        failed += batch.length;
        break; // the store is failing: leave the rest of this organisation's queue for the next pass
      }
    }
  }
  return { sent, failed };
}
