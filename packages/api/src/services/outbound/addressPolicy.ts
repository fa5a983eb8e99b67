import ipaddr from "ipaddr.js";

/**
 * Where Defuse's server may send a request whose address an organisation's admin typed in (the
 * xAPI record store, an LTI platform's keyset and token URLs): public https hosts on port 443 only,
 * so a tenant cannot make Defuse call this machine, the cloud metadata service, the internal network
 * or another service of a public host (SSRF).
 * The range maths is ipaddr.js's; this file only decides which of its ranges are public.
 *
 * This file is pure (no Node imports) because `schemas.ts` uses it, and client code may import that.
 * `guardedFetch.ts` applies the same checks to what DNS answers when a request is made.
 */

export interface OutboundPolicy {
  /** Plain http:// allowed (local development and tests). */
  allowHttp: boolean;
  /** Hosts, by exact name or address, that may resolve to private addresses (an on-premises LRS). */
  allowedHosts: ReadonlySet<string>;
  /** Ports beyond 443 (and 80 with plain http) that any host may be reached on, as inclusive ranges. */
  allowedPorts: ReadonlyArray<readonly [number, number]>;
  /** "host:port" pairs: that port of that host only (`lrs.corp.example:8443` in the hosts setting). */
  allowedHostPorts: ReadonlySet<string>;
}

const truthy = (v: string | undefined) => /^(1|true|yes|on)$/i.test((v ?? "").trim());
const listOf = (v: string | undefined) => (v ?? "").split(/[\s,]+/).filter(Boolean);
const validPort = (n: number) => Number.isInteger(n) && n >= 1 && n <= 65535;

/**
 * The operator's settings, read per call (tests and `scripts/defuse.mjs` set them):
 * DEFUSE_OUTBOUND_ALLOW_HTTP=1, DEFUSE_OUTBOUND_ALLOW_HOSTS="lrs.corp.example, 10.0.0.5:8443" and
 * DEFUSE_OUTBOUND_ALLOW_PORTS="8443, 9000-9010". All are off by default: nothing private is ever
 * allowed unless named here, and only the standard ports (443, and 80 for http) are reachable.
 * Entries that are not a host or a port (a typo, port 0 or 70000) are ignored.
 */
export function outboundPolicy(env: Record<string, string | undefined> = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {}): OutboundPolicy {
  const allowedHosts = new Set<string>();
  const allowedHostPorts = new Set<string>();
  for (const entry of listOf(env.DEFUSE_OUTBOUND_ALLOW_HOSTS)) {
    // host, host:port, an IPv6 address, or [IPv6]:port
    const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry) ?? /^([^:]+):(\d+)$/.exec(entry);
    const host = normalHost(m ? m[1]! : entry);
    if (!host) continue;
    allowedHosts.add(host);
    if (m?.[2] && validPort(Number(m[2]))) allowedHostPorts.add(`${host}:${Number(m[2])}`);
  }
  const allowedPorts: [number, number][] = [];
  for (const entry of listOf(env.DEFUSE_OUTBOUND_ALLOW_PORTS)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(entry);
    const [lo, hi] = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [0, 0];
    if (validPort(lo) && validPort(hi) && lo <= hi) allowedPorts.push([lo, hi]);
  }
  return { allowHttp: truthy(env.DEFUSE_OUTBOUND_ALLOW_HTTP), allowedHosts, allowedPorts, allowedHostPorts };
}

/** Lower case, without IPv6 brackets or a trailing dot; an address in its canonical spelling. */
export function normalHost(host: string): string {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
  return ipaddr.isValid(h) && (h.includes(":") || ipaddr.IPv4.isValidFourPartDecimal(h)) ? ipaddr.parse(h).toString() : h;
}

/** True when the operator named this host (exact name or address; no suffix matching). */
export function isAllowedHost(host: string, policy: OutboundPolicy): boolean {
  return policy.allowedHosts.has(normalHost(host));
}

const KIND: Record<string, string> = {
  loopback: "a loopback address (this server itself)",
  private: "a private network address",
  uniqueLocal: "a private network address",
  linkLocal: "a link-local address (where cloud metadata services live)",
  carrierGradeNat: "a carrier-grade NAT (shared) address",
  multicast: "a multicast address",
  broadcast: "a broadcast address",
  unspecified: "an unspecified address",
};
/** Never reachable, even for a host the operator allowed: nothing legitimate lives there. */
const ALWAYS_REFUSED = new Set(["linkLocal", "multicast", "broadcast", "unspecified"]);
/** ipaddr.js calls ::/96 (deprecated IPv4-compatible addresses, e.g. ::7f00:1) unicast. */
const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");

/**
 * Why Defuse will not connect to `address` ("a loopback address (this server itself)"), or null
 * for a public unicast address. IPv4-mapped IPv6 is judged by the IPv4 address inside it; every
 * other special IPv6 range (NAT64, 6to4, Teredo, documentation, site-local…) is refused.
 */
export function addressRefusal(address: string, opts: { allowedHost?: boolean } = {}): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.process(address.replace(/^\[(.*)\]$/, "$1"));
  } catch {
    return "not an address";
  }
  let range: string = ip.range();
  if (range === "unicast" && ip.kind() === "ipv6" && (ip as ipaddr.IPv6).match(IPV4_COMPATIBLE)) range = "reserved";
  if (range === "deprecatedSiteLocal") range = "reserved";
  if (range === "unicast") return null;
  if (opts.allowedHost && !ALWAYS_REFUSED.has(range)) return null;
  return KIND[range] ?? "a reserved or special-purpose address";
}

/** Names that are this machine or a private network by definition (RFC 6761, 6762, 8375 and the clouds' internal zones). */
const PRIVATE_NAME = /(^|\.)(localhost|localdomain|local|internal|intranet|lan|home\.arpa)$/;

const RANGES_HELP = "Defuse does not send to private or internal addresses. Use the service's public address; if it runs on your own network, ask whoever runs Defuse to allow it.";

/**
 * What is wrong with a web address an admin wants Defuse's server to call, as a sentence for the
 * form field, or null when it may be saved. Checks what can be known without DNS: the scheme
 * (https, or http when the operator allows it), no credentials in the address, the port (443, or
 * 80 for http, unless the operator allows more), and no host that is
 * an internal address (in any spelling: the WHATWG parser turns 2130706433, 0x7f.1, 0177.0.0.1 and
 * [::ffff:127.0.0.1] into the address they mean) or an internal name. What a name resolves to is
 * checked on every connection (`guardedFetch.ts`), since DNS can change after saving.
 */
export function urlRefusal(raw: string, policy: OutboundPolicy = outboundPolicy()): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return "Enter a full web address, starting with https://";
  }
  if (url.protocol !== "https:" && !(policy.allowHttp && url.protocol === "http:")) {
    return url.protocol === "http:" || url.protocol === "https:" || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim()) ? "Use an https:// address." : "Enter a full web address, starting with https://";
  }
  if (!url.hostname) return "Enter a full web address, starting with https://";
  if (url.username || url.password) return "Remove the user name or password from the address: Defuse sends credentials in their own fields, never inside the address.";
  const host = normalHost(url.hostname);
  const allowed = isAllowedHost(host, policy);
  const typed = typedHost(raw);
  const shown = typed && normalHost(typed) !== host ? `${typed} (${host})` : host;
  if (ipaddr.isValid(host)) {
    const why = addressRefusal(host, { allowedHost: allowed });
    if (why) return `${shown} is ${why}. ${RANGES_HELP}`;
  } else if (!allowed && (PRIVATE_NAME.test(host) || !host.includes("."))) {
    return `${shown} is a name on this server or a private network. ${RANGES_HELP}`;
  }
  return portRefusal(url, host, policy);
}

/**
 * Only the standard web ports unless the operator names more: otherwise an address could aim
 * Defuse at any other service of a host it may reach (SSH, SMTP, a database, a search engine's
 * API) and, through Test connection or an error message, read what that service answered.
 * The message names host and port only (never the path or query, which may carry a key).
 */
function portRefusal(url: URL, host: string, policy: OutboundPolicy): string | null {
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  if (port === 443 || (port === 80 && policy.allowHttp)) return null;
  if (policy.allowedPorts.some(([lo, hi]) => port >= lo && port <= hi)) return null;
  if (policy.allowedHostPorts.has(`${host}:${port}`)) return null;
  const standard = policy.allowHttp ? "443 for https and 80 for http" : "443, the standard https port";
  return `${url.host} uses port ${port}. Defuse only sends to ${standard}. Use the service's address on its standard port; if it only answers on port ${port}, ask whoever runs Defuse to allow that port.`;
}

/** The host as the admin typed it (2130706433 rather than the parser's 127.0.0.1), for messages. */
function typedHost(raw: string): string | null {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/:?#]*)/i.exec(raw.trim())?.[1] ?? null;
}
