import { createHash } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/recordAudit";

const PURPOSE = "defuse:reminders-off";

/** A signing key for unsubscribe links, derived from AUTH_SECRET (so it differs from the session key). */
function unsubscribeKey(): Uint8Array {
  const secret = process.env.AUTH_SECRET ?? "";
  if (secret.length < 32) throw new Error("AUTH_SECRET is not set (at least 32 characters): unsubscribe links cannot be signed.");
  return createHash("sha256").update(`${PURPOSE}\0${secret}`).digest();
}

/** A signed token that turns one person's reminders off without signing in (it never expires: old emails keep working). */
export function unsubscribeToken(userId: string): Promise<string> {
  return new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject(userId).setAudience(PURPOSE).setIssuedAt().sign(unsubscribeKey());
}

async function userIdOf(token: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, unsubscribeKey(), { audience: PURPOSE, algorithms: ["HS256"] });
    return typeof payload.sub === "string" ? payload.sub : null;
  } catch {
    return null;
  }
}

const badLink = () => new AppError("NOT_FOUND", "This unsubscribe link is not valid. Sign in and turn reminders off on your account page.");

/** Public: whose reminders a link turns off (first name only), without changing anything (the page asks nothing more). */
export async function checkUnsubscribe(db: Db, token: string) {
  const userId = await userIdOf(token);
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { name: true, emailReminders: true } }) : null;
  if (!user) throw badLink();
  return { firstName: user.name.split(/\s+/)[0] ?? "", emailReminders: user.emailReminders };
}

/** Public, one click: turns the token's person's reminders off (idempotent). */
export async function unsubscribe(db: Db, token: string) {
  const userId = await userIdOf(token);
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { id: true, orgId: true, emailReminders: true } }) : null;
  if (!user) throw badLink();
  if (user.emailReminders) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { emailReminders: false } });
      await recordAudit(tx, { orgId: user.orgId, actorId: user.id, action: "user.reminders_off", targetType: "User", targetId: user.id, after: { emailReminders: false, via: "unsubscribe-link" } });
    });
  }
  return { emailReminders: false };
}

/** Signed in: the person's own reminder choice. */
export async function getNotificationSettings(db: Db, actor: SessionUser) {
  const user = await db.user.findFirst({ where: { id: actor.id, orgId: actor.orgId }, select: { emailReminders: true } });
  return { emailReminders: user?.emailReminders ?? true };
}

export async function setNotificationSettings(db: Db, actor: SessionUser, input: { emailReminders: boolean }) {
  return db.$transaction(async (tx) => {
    await tx.user.updateMany({ where: { id: actor.id, orgId: actor.orgId }, data: { emailReminders: input.emailReminders } });
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: input.emailReminders ? "user.reminders_on" : "user.reminders_off", targetType: "User", targetId: actor.id, after: { emailReminders: input.emailReminders } });
    return { emailReminders: input.emailReminders };
  });
}
