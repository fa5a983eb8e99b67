import "server-only";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyPassword } from "@defuse/db";
import { signInInput } from "@defuse/api/schemas";
import type { Role } from "@defuse/api";
import { db } from "./db";

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

// A real argon2id hash of a random string: verifying against it when the email is unknown makes
// "no such user" take as long as "wrong password", so timing does not reveal which emails exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$iZ9I2Lut0O+BwXUOhxnDPQ$kqbNaEXCGLd+4VFsrJwZl3YTgcTit+/Glyq2HBUKE/o";

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = signInInput.safeParse(raw);
        if (!parsed.success) return null;
        const email = parsed.data.email.trim().toLowerCase();
        const user = await db().user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, role: true, orgId: true, active: true, passwordHash: true },
        });
        const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password).catch(() => false);
        if (!user || !ok || !user.active) return null;
        await db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
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
