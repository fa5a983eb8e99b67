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

/** For pages: the signed-in user, or a redirect to /login. Optionally restricted to roles. */
export async function requireUser(roles?: Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (roles && !roles.includes(user.role)) redirect("/dashboard?denied=1");
  return user;
}

/** A tRPC caller for server components: pages read their data through the same procedures. */
export const serverApi = cache(async () => {
  const user = await currentUser();
  return createCaller(createContextInner({ db: db(), user }));
});
