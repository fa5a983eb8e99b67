import "server-only";
import { encode } from "next-auth/jwt";
import { SESSION_TTL_MS, type Role, type SessionRef } from "@defuse/api";
import { serverEnv } from "./env";

/**
 * Defuse's public origin as platforms see it: DEFUSE_URL or AUTH_URL when set, else the address the
 * browser used (its Host, or a proxy's X-Forwarded-Host/-Proto). Not `request.url`: under `next
 * start` that names the server's own hostname (http://localhost:PORT), so a launch reached at
 * another address would send the platform a redirect_uri the browser never used.
 */
export function ltiBaseUrl(request: Request): string {
  const configured = process.env.DEFUSE_URL ?? process.env.AUTH_URL;
  if (configured) return configured.replace(/\/$/, "");
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim() || null;
  const host = first("x-forwarded-host") ?? first("host");
  const proto = first("x-forwarded-proto") ?? url.protocol.slice(0, -1);
  const validHost = host && /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(host) ? host : url.host;
  return `${proto === "https" ? "https" : "http"}://${validHost}`;
}

export function isHttps(request: Request): boolean {
  return ltiBaseUrl(request).startsWith("https:") || request.headers.get("x-forwarded-proto") === "https";
}

/**
 * Inside an LMS iframe Defuse is a third party, so its cookies need SameSite=None, which browsers
 * accept only with Secure: over HTTPS LTI cookies are `SameSite=None; Secure`, over plain HTTP
 * (local trials) they fall back to Lax and work when Defuse opens in its own window.
 */
export function ltiCookieAttributes(request: Request, maxAgeS: number): string {
  return `Path=/; HttpOnly; Max-Age=${maxAgeS}; ${isHttps(request) ? "SameSite=None; Secure" : "SameSite=Lax"}`;
}

export const stateCookieName = (state: string) => `defuse-lti-state.${state}`;

/**
 * The Auth.js session cookie for a launch, minted the way Auth.js does (next-auth/jwt `encode`,
 * salt = cookie name), pointing at the SignInSession the launch started.
 */
export async function sessionCookie(request: Request, ref: SessionRef, user: { role: Role; orgId: string; name: string; email: string }): Promise<string> {
  const secure = isHttps(request);
  const name = secure ? "__Secure-authjs.session-token" : "authjs.session-token";
  const maxAge = Math.floor(SESSION_TTL_MS / 1000);
  const value = await encode({
    token: { sub: ref.userId, uid: ref.userId, sid: ref.sessionId, role: user.role, orgId: user.orgId, name: user.name, email: user.email },
    secret: serverEnv().AUTH_SECRET,
    salt: name,
    maxAge,
  });
  return `${name}=${value}; ${ltiCookieAttributes(request, maxAge)}`;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A small self-contained page (LTI answers render inside the LMS, outside the app's layout). */
export function ltiPage(opts: { status: number; title: string; body: string; headers?: Record<string, string>; formAction?: string; setCookies?: string[]; head?: string }): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(opts.title)} · Defuse</title>${opts.head ?? ""}
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}h1{font-size:1.4rem}a{color:#1d4ed8}</style></head>
<body><main><h1>${esc(opts.title)}</h1>${opts.body}</main></body></html>`;
  const frameAncestors = (process.env.LTI_FRAME_ANCESTORS ?? "").trim() || "*";
  const headers = new Headers({
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    // These pages show inside the LMS: no scripts or styles but their own, posting only to Defuse.
    "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action ${opts.formAction ?? "'self'"}; base-uri 'none'; frame-ancestors ${frameAncestors}`,
    ...(opts.headers ?? {}),
  });
  for (const c of opts.setCookies ?? []) headers.append("set-cookie", c);
  return new Response(html, { status: opts.status, headers });
}

export const escapeHtml = esc;

/**
 * The posted form, or a 400 page saying what this address takes. A body that is not a form (JSON,
 * plain text, a multipart body without its boundary) made `formData()` throw: a 500 and a stack
 * trace in the log for any anonymous caller.
 */
export async function postedForm(request: Request): Promise<FormData | Response> {
  try {
    return await request.formData();
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return ltiPage({
      status: 400,
      title: "Defuse could not read this request",
      body: `<p role="alert">This address takes the form your LMS posts (application/x-www-form-urlencoded or multipart/form-data). Start again from your course.</p>`,
    });
  }
}
