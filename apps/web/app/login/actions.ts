"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { isDatabaseUnavailable } from "@defuse/api";
import { signIn, SignInUnavailable, TooManySignInAttempts } from "@/server/auth";
import { signInInput } from "@defuse/api/schemas";

export interface SignInState {
  email: string;
  error?: string;
  fieldErrors?: { email?: string; password?: string };
}

const SIGN_IN_UNAVAILABLE = "Signing in is unavailable at the moment: Defuse cannot reach its database. Please try again in a few minutes.";

/** Only same-site paths are followed after sign-in, never another origin. */
function safeNext(value: FormDataEntryValue | null): string {
  const s = typeof value === "string" ? value : "";
  return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") ? s : "/dashboard";
}

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const parsed = signInInput.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) {
    const f = z.flattenError(parsed.error).fieldErrors;
    return { email, fieldErrors: { email: f.email?.[0], password: f.password?.[0] } };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNext(form.get("next")),
    });
  } catch (err) {
    // The same message whether the email is unknown, the password wrong or the account inactive.
    if (err instanceof TooManySignInAttempts || (err instanceof AuthError && (err as { code?: string }).code === "too_many_attempts")) {
      return { email, error: "Too many unsuccessful sign-ins for this account. Wait 15 minutes, then try again." };
    }
    // An outage (in the password check or in starting the session) is not "server configuration".
    const code = (err as { code?: string }).code;
    if (err instanceof SignInUnavailable || code === "service_unavailable" || isDatabaseUnavailable(err)) {
      return { email, error: SIGN_IN_UNAVAILABLE };
    }
    if (err instanceof AuthError) return { email, error: "That email and password do not match an active account. Check them and try again." };
    throw err; // the redirect after a successful sign-in
  }
  return { email };
}
