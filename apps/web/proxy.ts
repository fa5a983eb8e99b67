import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, frameAncestors, HSTS, newNonce, servedOverHttps } from "./server/csp";

// Runs before every page. Two jobs:
// 1. The page's Content-Security-Policy with a fresh nonce (server/csp.ts). Next.js reads the
//    nonce from the request's CSP header and puts it on its own scripts, which is why the header
//    is set on the request as well as on the response. Nonces need each page rendered per request
//    (the root layout reads the request headers, so none is prerendered).
// 2. Anonymous visitors of signed-in pages go to /login. It only looks for Auth.js's session
//    cookie (plain, secure-prefixed or chunked) instead of decrypting it: every page checks the
//    session properly on the server (requireUser), so decrypting here as well would double the
//    work of every page view without adding any protection. A proxy is not a security boundary.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;
const PUBLIC_PAGES = /^\/(login|reset-password\/|verify\/|unsubscribe\/)/;

// Read once per process: the LMS origins allowed to frame Defuse (LTI_FRAME_ANCESTORS).
const ancestors = frameAncestors();

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value);
  if (!hasSession && path !== "/" && !PUBLIC_PAGES.test(path)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", path + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", frameAncestors: ancestors });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  // Older browsers that do not read frame-ancestors: no framing at all unless an LMS is allowed.
  if (ancestors.length === 0) response.headers.set("x-frame-options", "DENY");
  if (servedOverHttps(request.nextUrl, request.headers)) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  // Pages only: not the API, Next's static files or the few public files.
  matcher: ["/((?!api/|_next/|favicon.ico|robots.txt).*)"],
};
