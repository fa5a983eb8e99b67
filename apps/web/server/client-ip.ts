/**
 * The client's address as scripts/client-address.cjs established it from the socket (and the
 * configured number of trusted proxies). Never read X-Forwarded-For here: its left-most entry is
 * whatever the client typed.
 */
export function clientIp(headers: Headers): string | null {
  return headers.get("x-defuse-client-ip")?.trim() || null;
}

/**
 * The key a per-address rate limit counts under: an IPv4 address as it is (also when written as
 * IPv6-mapped, `::ffff:192.0.2.1`), an IPv6 address by its /64 network. One machine or site
 * usually holds a whole /64, so counting single IPv6 addresses would give it 2^64 fresh allowances.
 */
export function rateLimitKey(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(":")) return ip;
  const [head = "", tail] = ip.toLowerCase().split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g, 16) || 0).toString(16))
    .join(":")}::/64`;
}
