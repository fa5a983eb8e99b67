import { NextResponse, type NextRequest } from "next/server";

// Sends anonymous visitors of signed-in pages to /login. It only looks for Auth.js's session
// cookie (plain, secure-prefixed or chunked) instead of decrypting it: every page checks the
// session properly on the server (requireUser), so decrypting here as well would double the
// work of every page view without adding any protection. A proxy is not a security boundary.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value);
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!login|reset-password/|verify/|api/|_next/|favicon.ico|robots.txt).+)"],
};
