"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/server/auth";

/**
 * After a password change every session has ended, this browser's too (see
 * account.changePassword). The form calls this with the password just chosen, so the person
 * carries on in a new session instead of meeting the sign-in page.
 */
export async function signInWithNewPassword(email: string, password: string): Promise<{ error: string } | void> {
  try {
    await signIn("credentials", { email, password, redirectTo: "/dashboard" });
  } catch (err) {
    if (err instanceof AuthError) return { error: "Your password was changed. Sign in again with the new one." };
    throw err; // the redirect after a successful sign-in
  }
}
