import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createCaller, createContextInner, loadSessionUser, recordAccessDenied, type Role, type SessionUser } from "@defuse/api";
import { db } from "./db";
import { serverEnv } from "./env";
import { createSessionReader } from "./session-token";

/** The session cookie's user and session ids (see session-token.ts); pages and the tRPC route share one reader. */
export const sessionRef = createSessionReader(() => serverEnv().AUTH_SECRET);

/** The signed-in user as the database knows them now (deactivation applies at once); once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  return loadSessionUser(db(), await sessionRef(await headers()));
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
