import { createHash, randomBytes, randomInt } from "node:crypto";
import { hashPassword, type Db, type Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { revokeAllSignInSessions } from "../account/sessions";
import { assertStrongPassword } from "../account/passwordPolicy";
import { appBaseUrl, type MailContext } from "../email/config";
import { queueEmail } from "../email/outbox";

export const RESET_LINK_TTL_MS = 24 * 60 * 60 * 1000;
export const INVITE_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Only the hash is stored, so a database leak does not leak working links. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function newToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** A password nobody can type: argon2 verification of it always fails (used until a link is redeemed). */
export const unusablePasswordHash = () => `!unset:${randomBytes(16).toString("hex")}`;

const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** 16 characters from an unambiguous alphabet (~93 bits), easy to read out over the phone. */
export function temporaryPassword(): string {
  let out = "";
  for (let i = 0; i < 16; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}-${out.slice(12)}`;
}

export async function createResetToken(tx: Prisma.TransactionClient, userId: string, ttlMs = RESET_LINK_TTL_MS) {
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + ttlMs);
  // One live link per person: issuing a new one retires the old ones.
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  await tx.passwordResetToken.create({ data: { userId, tokenHash, expiresAt } });
  return { token, path: `/reset-password/${token}`, expiresAt };
}

/**
 * An admin resets someone's password, either as a one-time link (24 h), also emailed to them, or as
 * a temporary password they must change (never emailed: the admin hands it over). The secret is
 * returned once and never written to the audit log.
 */
export async function resetPassword(db: Db, actor: SessionUser, input: { userId: string; method: "link" | "temporary" }, mail: MailContext = {}) {
  const user = await db.user.findFirst({ where: { id: input.userId, orgId: actor.orgId }, select: { id: true, active: true, email: true, name: true, org: { select: { name: true } } } });
  if (!user) throw notFound("That person");
  if (!user.active) throw new AppError("PRECONDITION_FAILED", "Reactivate this person before resetting their password.");
  if (input.method === "link") {
    return db.$transaction(async (tx) => {
      const link = await createResetToken(tx, user.id);
      // An admin reset usually means the account may be in the wrong hands: end every session now.
      await revokeAllSignInSessions(tx, user.id);
      await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "user.password_reset", targetType: "User", targetId: user.id, after: { method: "link", expiresAt: link.expiresAt } });
      await queueEmail(tx, {
        orgId: actor.orgId,
        userId: user.id,
        recipient: user.email,
        data: { template: "password-reset", name: user.name, orgName: user.org.name, link: appBaseUrl(mail.origin) + link.path, expiresAt: link.expiresAt },
      });
      return { method: "link" as const, path: link.path, expiresAt: link.expiresAt, temporaryPassword: null };
    });
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true } });
    await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } });
    await revokeAllSignInSessions(tx, user.id);
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "user.password_reset", targetType: "User", targetId: user.id, after: { method: "temporary", mustChangePassword: true } });
    return { method: "temporary" as const, path: null, expiresAt: null, temporaryPassword: password };
  });
}

async function findLiveToken(db: Db | Prisma.TransactionClient, token: string) {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, orgId: true, name: true, active: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date() || !row.user.active) return null;
  return row;
}

/** Public: whether a reset link still works, and whose it is (first name only). */
export async function checkResetToken(db: Db, token: string) {
  const row = await findLiveToken(db, token);
  return row ? { valid: true as const, firstName: row.user.name.split(/\s+/)[0] ?? "" } : { valid: false as const, firstName: null };
}

/** Public: sets a new password through a one-time link; the link cannot be used again. */
export async function redeemResetToken(db: Db, input: { token: string; password: string }) {
  // Look the token up before the (deliberately slow) hash, so a flood of made-up tokens costs a
  // primary-key read each, not an argon2 hash each. The claim below re-checks it atomically.
  if (!(await findLiveToken(db, input.token))) {
    throw new AppError("NOT_FOUND", "This link has expired or was already used. Ask your admin for a new one.");
  }
  await assertStrongPassword(input.password, "password");
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const row = await findLiveToken(tx, input.token);
    if (!row) throw new AppError("NOT_FOUND", "This link has expired or was already used. Ask your admin for a new one.");
    // Claim the token atomically so two submissions cannot both succeed.
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new AppError("NOT_FOUND", "This link has expired or was already used. Ask your admin for a new one.");
    const user = await tx.user.update({ where: { id: row.user.id }, data: { passwordHash, mustChangePassword: false }, select: { id: true, email: true } });
    await revokeAllSignInSessions(tx, row.user.id);
    await recordAudit(tx, { orgId: row.user.orgId, actorId: row.user.id, action: "user.password_set", targetType: "User", targetId: row.user.id, after: { via: "link" } });
    return { email: user.email };
  });
}
