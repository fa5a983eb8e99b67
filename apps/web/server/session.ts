import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { createCaller, createContextInner, loadSessionUser, type Role, type SessionUser } from "@defuse/api";
import { auth } from "./auth";
import { db } from "./db";

/** The signed-in user as the database knows them now (deactivation applies at once); once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return loadSessionUser(db(), session?.user?.id);
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
  if (roles && !roles.includes(user.role)) redirect("/dashboard?denied=1");
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
