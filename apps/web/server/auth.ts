import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInInput } from "@defuse/api/schemas";
import { authenticate, type Role } from "@defuse/api";
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
  role?: Role;
  orgId?: string;
}

/** Thrown when an email (or client address) has failed too often; the login form says so. */
export class TooManySignInAttempts extends CredentialsSignin {
  override code = "too_many_attempts";
}


export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInInput.safeParse(raw);
        if (!parsed.success) return null;
        const email = parsed.data.email.trim().toLowerCase();
        const ip = request ? clientIp(request.headers) : null;
        if ((await signInBlockedFor(email, ip)) > 0) throw new TooManySignInAttempts();
        // Unknown email, wrong password and deactivated person all get the same answer.
        const user = await authenticate(db(), email, parsed.data.password);
        if (!user) {
          await recordSignInFailure(email, ip);
          return null;
        }
        await clearSignInFailures(email, ip);
        return { id: user.id, email: user.email, name: user.name, role: user.role, orgId: user.orgId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) Object.assign(token, { uid: user.id, role: user.role, orgId: user.orgId } satisfies DefuseToken);
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
