/**
 * The client's address as scripts/client-address.cjs established it from the socket (and the
 * configured number of trusted proxies). Never read X-Forwarded-For here: its left-most entry is
 * whatever the client typed.
 */
export function clientIp(headers: Headers): string | null {
  return headers.get("x-defuse-client-ip")?.trim() || null;
}
