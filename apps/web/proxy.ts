// Sends anonymous visitors of signed-in pages to /login (Auth.js `authorized` callback).
// This is a convenience redirect only: every page and procedure checks the session again on the
// server, because a proxy is not a security boundary.
export { auth as proxy } from "@/server/auth";

export const config = {
  matcher: ["/((?!login|reset-password/|api/|_next/|favicon.ico|robots.txt).+)"],
};
