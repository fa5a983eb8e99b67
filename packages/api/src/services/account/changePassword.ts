import { hashPassword, verifyPassword, type Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { invalid, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { revokeAllSignInSessions } from "./sessions";
import { assertStrongPassword } from "./passwordPolicy";

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * A signed-in person changes their own password; required after an admin gave them a temporary
 * one (User.mustChangePassword), which this clears. The current password must be right even then,
 * so a session left open on a shared desk cannot be used to take the account over.
 */
export async function changePassword(db: Db, user: SessionUser, input: ChangePasswordInput) {
  if (input.newPassword !== input.confirmPassword) throw invalid("The two new passwords differ. Type the same password twice.", "confirmPassword");
  const row = await db.user.findFirst({
    where: { id: user.id, orgId: user.orgId, active: true },
    select: { id: true, passwordHash: true, mustChangePassword: true },
  });
  if (!row) throw notFound("Your account");
  const ok = await verifyPassword(row.passwordHash, input.currentPassword).catch(() => false);
  if (!ok) throw invalid("That is not your current password.", "currentPassword");
  if (input.newPassword === input.currentPassword) throw invalid("Choose a new password, different from your current one.", "newPassword");

  await assertStrongPassword(input.newPassword, "newPassword", [user.email, user.name]);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: row.id }, data: { passwordHash, mustChangePassword: false } });
    // A reset link issued before this change must not undo it.
    await tx.passwordResetToken.updateMany({ where: { userId: row.id, usedAt: null }, data: { usedAt: new Date() } });
    // Every session ends, this one too: a copy of this very cookie is the usual way an account is
    // taken over. The change-password form signs the browser straight back in with the new password.
    await revokeAllSignInSessions(tx, row.id);
    await recordAudit(tx, {
      orgId: user.orgId,
      actorId: user.id,
      action: "user.password_change",
      targetType: "User",
      targetId: row.id,
      after: { wasTemporary: row.mustChangePassword },
    });
  });
  return { ok: true as const, mustChangePassword: false as const };
}
