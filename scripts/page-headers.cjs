// Preloaded into every `next start` / `next dev` worker (--require) by scripts/defuse.mjs, like
// client-address.cjs. Before Next.js sees a request for a page it:
// 1. gives the page its Content-Security-Policy with a fresh 128-bit nonce: set on the request (Next
//    reads the nonce from the request's CSP header and puts it on its own scripts; `x-nonce` carries
//    it for our code) and on the response. Any copy of these headers the client sent is dropped
//    first, on every request, so a client cannot choose the nonce.
// 2. sends anonymous visitors of signed-in pages to /login (a convenience, not the boundary: every
//    page checks the session on the server with requireUser). It only looks for Auth.js's session
//    cookie (plain, secure-prefixed or chunked), never decrypts it.
// 3. adds X-Frame-Options (unless LTI_FRAME_ANCESTORS lets an LMS frame pages) and HSTS over HTTPS.
//
// This was Next's proxy (middleware) until round 6: the same policy, the same paths, the same
// redirect. Running it here costs microseconds; Next's proxy cost every page view about 0.5-1 ms of
// CPU (a web Request and NextRequest built from the Node request, its headers copied twice, the
// answer's headers merged back), measured side by side. The root layout refuses to render a page
// that did not come through here (no nonce), so a server started without this preload fails closed
// instead of serving pages without a CSP.
//
// The policy itself is here, in plain CommonJS, because a preload runs before any TypeScript is
// compiled; apps/web/server/csp.ts re-exports it with types.
"use strict";
const http = require("node:http");
const { randomFillSync } = require("node:crypto");
const { HSTS } = require("./response-headers.cjs");

/** A fresh unguessable nonce (128 bits, base64). */
function newNonce() {
  return randomFillSync(Buffer.alloc(16)).toString("base64");
}

/**
 * Who may frame Defuse's pages: nobody, unless LTI_FRAME_ANCESTORS names the LMS origins that embed
 * it in their course pages (space-separated, e.g. "https://moodle.example.edu https://x.instructure.com").
 * Anything that is not a plain http(s) origin is dropped, so a typo cannot open framing to all.
 */
function frameAncestors(value = process.env.LTI_FRAME_ANCESTORS ?? "") {
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

/**
 * Scripts run only from this origin or with the per-request nonce, so an injected <script> or inline
 * event handler does not run. Styles keep 'unsafe-inline': Next and React set style attributes, and
 * injected CSS cannot run code.
 */
function contentSecurityPolicy(nonce, opts = {}) {
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
function servedOverHttps(encrypted, forwardedProto) {
  return !!encrypted || String(forwardedProto ?? "").split(",")[0].trim() === "https";
}

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=[^;\s]/;
const PUBLIC_PAGES = /^\/(login|reset-password\/|verify\/|unsubscribe\/)/;
/** What is not a page: the API, Next's own files and the few public files (the proxy's matcher, unchanged). */
const NOT_A_PAGE = /^\/(api\/|_next\/|favicon\.ico$|robots\.txt$)/;
const CLIENT_HEADERS = ["content-security-policy", "content-security-policy-report-only", "x-nonce"];

/**
 * What a page request gets before Next.js sees it: a redirect to /login (`{ redirect }`), or the
 * policy to set on the request and the response. `null` for what is not a page.
 */
function pageHeaders(req, opts) {
  for (const name of CLIENT_HEADERS) delete req.headers[name];
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (NOT_A_PAGE.test(path)) return null;
  const cookie = req.headers.cookie;
  const hasSession = typeof cookie === "string" && SESSION_COOKIE.test(cookie);
  if (!hasSession && path !== "/" && !PUBLIC_PAGES.test(path)) {
    return { redirect: `/login?${new URLSearchParams({ callbackUrl: url })}` };
  }
  const nonce = newNonce();
  return {
    nonce,
    csp: contentSecurityPolicy(nonce, { dev: opts.dev, frameAncestors: opts.ancestors }),
    frameDeny: opts.ancestors.length === 0,
    hsts: servedOverHttps(req.socket?.encrypted, req.headers["x-forwarded-proto"]),
  };
}

function install() {
  if (http.Server.prototype.__defusePageHeaders) return;
  // Read once per process, as the proxy did.
  const opts = { dev: process.env.NODE_ENV === "development", ancestors: frameAncestors() };
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, res, ...rest) {
    if (event === "request" && req && req.headers && res) {
      const page = pageHeaders(req, opts);
      if (page?.redirect) {
        res.writeHead(307, { location: page.redirect, "cache-control": "no-store" });
        res.end();
        return true;
      }
      if (page) {
        req.headers["x-nonce"] = page.nonce;
        req.headers["content-security-policy"] = page.csp;
        res.setHeader("content-security-policy", page.csp);
        // Older browsers that do not read frame-ancestors: no framing at all unless an LMS is allowed.
        if (page.frameDeny) res.setHeader("x-frame-options", "DENY");
        if (page.hsts) res.setHeader("strict-transport-security", HSTS);
      }
    }
    return emit.call(this, event, req, res, ...rest);
  };
  http.Server.prototype.__defusePageHeaders = true;
}

if (process.env.DEFUSE_PAGE_HEADERS_PRELOAD !== "off") install();
module.exports = { newNonce, frameAncestors, contentSecurityPolicy, HSTS, servedOverHttps, pageHeaders, install };
