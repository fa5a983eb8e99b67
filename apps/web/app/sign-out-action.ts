"use server";

import { signOut } from "@/server/auth";

/** The header's "Sign out" (a form action): ends this session (SignInSession revoked by auth.ts) and goes to /login. */
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
