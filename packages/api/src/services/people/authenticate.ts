import { verifyPassword, type Db } from "@defuse/db";

// A real argon2id hash of a random string: verifying against it when the email is unknown makes
// "no such user" take as long as "wrong password", so timing does not reveal which emails exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$iZ9I2Lut0O+BwXUOhxnDPQ$kqbNaEXCGLd+4VFsrJwZl3YTgcTit+/Glyq2HBUKE/o";

/**
 * The sign-in rule, callable without HTTP (Auth.js's credentials provider calls it): the email
 * exists, the password matches and the person is active. A deactivated person gets the same
 * answer as a wrong password. Records the sign-in time on success.
 */
export async function authenticate(db: Db, emailRaw: string, password: string) {
  const email = emailRaw.trim().toLowerCase();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, orgId: true, active: true, passwordHash: true, mustChangePassword: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  if (!user || !ok || !user.active) return null;
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, orgId: user.orgId, mustChangePassword: user.mustChangePassword };
}
