import dns, { type LookupAddress, type LookupOptions } from "node:dns";
import { Agent, fetch as undiciFetch } from "undici";
import { addressRefusal, isAllowedHost, outboundPolicy, urlRefusal } from "./addressPolicy";

/**
 * Every request Defuse's server makes to an address an organisation's admin typed in (the xAPI
 * record store, an LTI platform's keyset, token, score and roster URLs) goes through `guardedFetch`:
 *
 * - the URL is checked as on save (`urlRefusal`: scheme, credentials, port, internal IP literals);
 * - the host name is resolved once, every address it gives is checked, and the socket connects to
 *   exactly those addresses (undici's `connect.lookup`), so a name cannot pass the check and then
 *   resolve somewhere else for the connection (DNS rebinding);
 * - redirects are followed only for GET and HEAD, at most 3, each new address checked the same way;
 * - the whole exchange has a time limit and the answer a size limit.
 *
 * Failures are `OutboundError`s whose message an admin can act on; they never carry what an
 * internal host answered (no request is sent there) nor the address a name resolved to. Each
 * refusal is also logged, one line naming scheme, host and port (never path, query or userinfo).
 */

export class OutboundError extends Error {
  constructor(
    message: string,
    readonly reason: "refused" | "unreachable" | "timeout" | "too_large" | "redirect",
  ) {
    super(message);
    this.name = "OutboundError";
  }
}

export const OUTBOUND_TIMEOUT_MS = 10_000;
export const OUTBOUND_MAX_BYTES = 4 * 1024 * 1024;
const MAX_REDIRECTS = 3;

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `dns.lookup` for sockets: resolves every address of `hostname` and refuses them all if any is
 * internal (a name with one public and one private address is not "public"); a host the operator
 * named in DEFUSE_OUTBOUND_ALLOW_HOSTS may resolve to private addresses.
 */
export function checkedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  const allowedHost = isAllowedHost(hostname, outboundPolicy());
  dns.lookup(hostname, { family: options.family ?? 0, hints: options.hints, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const list = addresses as LookupAddress[];
    if (list.length === 0 || list.some((a) => addressRefusal(a.address, { allowedHost }) !== null)) {
      return callback(refusedName(hostname), []);
    }
    if (options.all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
}

const refusedName = (host: string) =>
  new OutboundError(
    `${host.replace(/\.$/, "")} resolves to a private or internal address, so Defuse did not connect. Defuse does not send to private or internal addresses; if this service runs on your own network, ask whoever runs Defuse to allow it.`,
    "refused",
  );

const agents = new Map<number, Agent>();
/** One pooled agent per time limit; the lookup reads the operator's settings on every connection. */
function agentFor(timeoutMs: number) {
  let a = agents.get(timeoutMs);
  if (!a) {
    a = new Agent({ connect: { lookup: checkedLookup as never, timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
    agents.set(timeoutMs, a);
  }
  return a;
}

export interface GuardOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

/** `fetch` for addresses from tenants' settings; the answer comes back fully read, as a standard Response. */
export async function guardedFetch(input: string | URL | Request, init: RequestInit = {}, opts: GuardOptions = {}): Promise<Response> {
  if (typeof input === "object" && !(input instanceof URL)) throw new TypeError("guardedFetch takes a URL and options, not a Request.");
  const timeoutMs = opts.timeoutMs ?? OUTBOUND_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? OUTBOUND_MAX_BYTES;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
  const method = (init.method ?? "GET").toUpperCase();
  let url = String(input);
  for (let hop = 0; ; hop++) {
    const refusal = urlRefusal(url);
    if (refusal) throw logRefusal(new OutboundError(refusal, "refused"), url);
    const host = new URL(url).host;
    let res: Awaited<ReturnType<typeof undiciFetch>>;
    let body: Uint8Array | null;
    try {
      res = await undiciFetch(url, { ...(init as object), method, signal, redirect: "manual", dispatcher: agentFor(timeoutMs) } as Parameters<typeof undiciFetch>[1]);
      body = await readCapped(res, maxBytes, host);
    } catch (e) {
      const failure = outboundFailure(e, host, timeoutMs, deadline);
      throw failure.reason === "refused" ? logRefusal(failure, url) : failure;
    }
    const location = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
    if (location && init.redirect !== "manual") {
      if (init.redirect === "error" || (method !== "GET" && method !== "HEAD")) {
        throw new OutboundError(`${host} answered with a redirect. Enter the address it redirects to instead.`, "redirect");
      }
      if (hop >= MAX_REDIRECTS) throw new OutboundError(`${host} redirected more than ${MAX_REDIRECTS} times.`, "redirect");
      url = new URL(location, url).toString();
      continue;
    }
    const nullBody = res.status === 204 || res.status === 205 || res.status === 304;
    return new Response(nullBody ? null : (body as ConstructorParameters<typeof Response>[0]), { status: res.status, statusText: res.statusText, headers: [...res.headers] });
  }
}

/** One line for whoever runs Defuse: where to (scheme, host, port: a path or query may carry a key) and why. */
function logRefusal(e: OutboundError, url: string): OutboundError {
  let where = "(not a web address)";
  try {
    const u = new URL(url);
    where = `${u.protocol}//${u.host}`;
  } catch {
    // the message says what is wrong with it
  }
  console.warn(`[outbound] refused ${where}: ${e.message}`);
  return e;
}

/** The body, read to the end unless it passes `maxBytes` (then the connection is dropped). */
async function readCapped(res: Awaited<ReturnType<typeof undiciFetch>>, maxBytes: number, host: string): Promise<Uint8Array | null> {
  if (!res.body) return null;
  const declared = Number(res.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await res.body.cancel().catch(() => {});
    throw tooLarge(host, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge(host, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (host: string, maxBytes: number) => new OutboundError(`${host} answered with more than Defuse accepts (larger than ${+(maxBytes / 1024 / 1024).toFixed(1)} MB).`, "too_large");
const seconds = (ms: number) => `${+(ms / 1000).toFixed(1)} second${ms === 1000 ? "" : "s"}`;

/** Walks an error's causes for the first that matches. */
function findCause<T>(e: unknown, test: (x: unknown) => x is T): T | null {
  for (let x = e, depth = 0; x && depth < 6; x = (x as { cause?: unknown }).cause, depth++) if (test(x)) return x;
  return null;
}

/** A failed request as an OutboundError an admin can act on, never with the raw socket error. */
function outboundFailure(e: unknown, host: string, timeoutMs: number, deadline: AbortSignal): OutboundError {
  const own = findCause(e, (x): x is OutboundError => x instanceof OutboundError);
  if (own) return own;
  const code = findCause(e, (x): x is { code: string } => typeof (x as { code?: unknown })?.code === "string")?.code ?? "";
  if (deadline.aborted || /TIMEOUT/.test(code)) return new OutboundError(`${host} did not answer within ${seconds(timeoutMs)}.`, "timeout");
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new OutboundError(`${host} could not be found (no such host name).`, "unreachable");
  if (code === "ECONNREFUSED") return new OutboundError(`${host} refused the connection.`, "unreachable");
  if (/CERT|SSL|TLS/.test(code)) return new OutboundError(`${host}'s https certificate is not valid.`, "unreachable");
  return new OutboundError(`${host} could not be reached.`, "unreachable");
}
