import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createCaller, createContextInner, loadSessionUser, recordAccessDenied, SESSIONS_CHANGED, type Role, type SessionUser } from "@defuse/api";
import { db } from "./db";
import { handedUser } from "./page-memo-state";
import { serverEnv } from "./env";
import { processSessionUserCache } from "./session-user-cache";
import { createSessionReader } from "./session-token";

/** The session cookie's user and session ids (see session-token.ts); pages and the tRPC route share one reader. */
export const sessionRef = createSessionReader(() => serverEnv().AUTH_SECRET);

/**
 * The user a request's session cookie belongs to, as the database knew them at most
 * SESSION_CACHE_MS ago (session-user-cache.ts): the bound within which a revoked session, a
 * deactivation or a role change takes effect everywhere. Pages and the tRPC route share it.
 */
export async function sessionUser(requestHeaders: Headers): Promise<SessionUser | null> {
  const ref = await sessionRef(requestHeaders);
  if (!ref) return null;
  return processSessionUserCache(SESSIONS_CHANGED).get(ref, () => loadSessionUser(db(), ref));
}

/**
 * The signed-in user for this page (see sessionUser); once per request. On a page memo miss the memo
 * has just resolved this request's session (page-memo-state.ts handedUser): that user, not read again.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const h = await headers();
  return handedUser(h) ?? sessionUser(h);
});

/** Where people with a temporary password (User.mustChangePassword) must go before anything else. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * For pages: the signed-in user, or a redirect to /login. Optionally restricted to roles. Someone
 * an admin gave a temporary password is sent to choose their own first; only the page that lets
 * them do so passes `allowPendingPasswordChange`.
 */
export async function requireUser(roles?: Role[], opts: { allowPendingPasswordChange?: boolean } = {}): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !opts.allowPendingPasswordChange) redirect(CHANGE_PASSWORD_PATH);
  if (roles && !roles.includes(user.role)) {
    await recordAccessDenied(db(), user, `page:${roles.join("|")}`);
    redirect("/dashboard?denied=1");
  }
  return user;
}

/**
 * A tRPC caller for server components: pages read their data through the same procedures. Pages
 * reached by client-side navigation do not re-run the (app) layout, so the temporary-password rule
 * is checked here too.
 */
export const serverApi = cache(async () => {
  const user = await currentUser();
  if (user?.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return createCaller(createContextInner({ db: db(), user }));
});
