// The Content-Security-Policy of every page. Scripts run only from this origin or with the
// per-request nonce proxy.ts generates (Next.js reads it from the request's CSP header and puts it
// on its own inline bootstrap scripts), so an injected <script> or inline event handler does not
// run. Styles keep 'unsafe-inline': Next and React set style attributes, and injected CSS cannot
// run code.

/** A fresh unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Who may frame Defuse's pages: nobody, unless LTI_FRAME_ANCESTORS names the LMS origins that embed
 * it in their course pages (space-separated, e.g. "https://moodle.example.edu https://x.instructure.com").
 * Anything that is not a plain http(s) origin is dropped, so a typo cannot open framing to all.
 */
export function frameAncestors(value = process.env.LTI_FRAME_ANCESTORS ?? ""): string[] {
  return value
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((o) => {
      try {
        const u = new URL(o);
        return (u.protocol === "https:" || u.protocol === "http:") && u.origin === o.replace(/\/$/, "") ? [u.origin] : [];
      } catch {
        return [];
      }
    });
}

export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean; frameAncestors?: string[] } = {}): string {
  const ancestors = opts.frameAncestors ?? [];
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce-carrying bootstrap load the page's chunks; 'self' is the
    // fallback for browsers without it. React's dev overlay needs eval, never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    ancestors.length ? `frame-ancestors 'self' ${ancestors.join(" ")}` : "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * HSTS: browsers only honour it over HTTPS (RFC 6797 §8.1), so it is sent when the request came
 * over HTTPS: directly, or through a TLS-terminating proxy that says so in X-Forwarded-Proto.
 */
export const HSTS = "max-age=63072000; includeSubDomains";
export function servedOverHttps(url: URL, headers: Headers): boolean {
  return url.protocol === "https:" || headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}
