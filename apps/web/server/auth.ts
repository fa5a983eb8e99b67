import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInInput } from "@defuse/api/schemas";
import { authenticate, isDatabaseUnavailable, recordSignInEvent, revokeSignInSession, startSignInSession, type Role } from "@defuse/api";
import { clientIp } from "./client-ip";
import { db } from "./db";
import { clearSignInFailures, recordSignInFailure, signInBlockedFor } from "./sign-in-throttle";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; orgId: string } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
    orgId?: string;
  }
}
/** What Defuse keeps in the signed JWT besides Auth.js's own claims. */
interface DefuseToken {
  uid?: string;
  /** SignInSession id: every request checks that row, so the session can be revoked. */
  sid?: string;
  role?: Role;
  orgId?: string;
}

/** Thrown when the database cannot be reached: the login form says the service is unavailable. */
export class SignInUnavailable extends CredentialsSignin {
  override code = "service_unavailable";
}

/** Thrown when an email (or client address) has failed too often; the login form says so. */
export class TooManySignInAttempts extends CredentialsSignin {
  override code = "too_many_attempts";
}


/** Auth.js's authorize for the credentials provider: checks an email and password. */
async function authorizeCredentials(raw: Partial<Record<"email" | "password", unknown>>, request: Request | undefined) {
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return null;
  const email = parsed.data.email.trim().toLowerCase();
  const ip = request ? clientIp(request.headers) : null;
  if ((await signInBlockedFor(email, ip)) > 0) throw new TooManySignInAttempts();
  // Unknown email, wrong password and deactivated person all get the same answer.
  const user = await authenticate(db(), email, parsed.data.password);
  if (!user) {
    await recordSignInFailure(email, ip);
    await recordSignInEvent(db(), { email, outcome: "failure", ip });
    return null;
  }
  await clearSignInFailures(email, ip);
  await recordSignInEvent(db(), { email, outcome: "success", ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role, orgId: user.orgId };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A wrong password is an expected outcome, not a server error: Auth.js would print an 11-line
  // stack for each one. Real errors are still logged, one line each.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn(code) {
      console.warn(`[auth] warning: ${code}`);
    },
  },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        try {
          return await authorizeCredentials(raw, request);
        } catch (err) {
          // An outage is not a wrong password: the login form says the service is unavailable.
          if (isDatabaseUnavailable(err)) throw new SignInUnavailable();
          throw err;
        }
      },
    }),
  ],
  events: {
    /** Sign-out ends the session on the server too, so a copy of the cookie stops working. */
    async signOut(message) {
      const t = ("token" in message ? message.token : null) as DefuseToken | null;
      if (t?.uid && t.sid) await revokeSignInSession(db(), { userId: t.uid, sessionId: t.sid }, { audit: true });
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id && user.orgId) {
        const ref = await startSignInSession(db(), { id: user.id, orgId: user.orgId });
        Object.assign(token, { uid: user.id, sid: ref.sessionId, role: user.role, orgId: user.orgId } satisfies DefuseToken);
      }
      return token;
    },
    session({ session, token }) {
      const t = token as DefuseToken;
      if (t.uid && t.role && t.orgId) {
        session.user.id = t.uid;
        session.user.role = t.role;
        session.user.orgId = t.orgId;
      }
      return session;
    },
    /** Used by proxy.ts: anonymous visitors of signed-in pages go to /login. */
    authorized({ auth }) {
      return !!auth?.user;
    },
  },
});
