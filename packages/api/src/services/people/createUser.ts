import { hashPassword, type Db } from "@defuse/db";
import type { Role, SessionUser } from "../../context";
import { conflict, isUniqueViolation, notFound } from "../../errors";
import { assertStrongPassword } from "../account/passwordPolicy";
import { recordAudit } from "../audit/recordAudit";
import { appBaseUrl, type MailContext } from "../email/config";
import { queueEmail } from "../email/outbox";
import { createResetToken, INVITE_LINK_TTL_MS, unusablePasswordHash } from "./passwordReset";

export interface CreateUserInput {
  name: string;
  email: string;
  /** Absent: an invitation email carries a link to choose one. */
  password?: string | null;
  role: Role;
  cohortId?: string | null;
  requirePasswordChange?: boolean;
}

/**
 * Creates a person in the admin's organisation and, optionally, adds them to one of its cohorts.
 * Emails are unique across Defuse, so a clash is reported on the email field. Without a password
 * from the admin, the person is invited: an email (in the same transaction) with a one-time link
 * to choose their own, also returned once for the admin to hand out.
 */
export async function createUser(db: Db, actor: SessionUser, input: CreateUserInput, mail: MailContext = {}) {
  const email = input.email.trim().toLowerCase();
  if (input.cohortId) {
    const cohort = await db.cohort.findFirst({
      where: { id: input.cohortId, orgId: actor.orgId, archivedAt: null },
      select: { id: true },
    });
    if (!cohort) throw notFound("That cohort");
  }
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw conflict("Someone already uses this email address.", "email");
  if (input.password) await assertStrongPassword(input.password, "password", [email, input.name]);
  const passwordHash = input.password ? await hashPassword(input.password) : unusablePasswordHash();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          orgId: actor.orgId,
          email,
          name: input.name.trim(),
          role: input.role,
          passwordHash,
          mustChangePassword: input.password ? (input.requirePasswordChange ?? false) : false,
        },
        select: { id: true, email: true, name: true, role: true },
      });
      if (input.cohortId) {
        await tx.cohortMember.create({ data: { orgId: actor.orgId, cohortId: input.cohortId, userId: user.id } });
      }
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.id,
        action: "user.create",
        targetType: "User",
        targetId: user.id,
        after: { ...user, cohortId: input.cohortId ?? null, invited: !input.password },
      });
      if (input.password) return { ...user, setupPath: null };
      const link = await createResetToken(tx, user.id, INVITE_LINK_TTL_MS);
      const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { name: true } });
      await queueEmail(tx, {
        orgId: actor.orgId,
        userId: user.id,
        recipient: user.email,
        data: { template: "invitation", name: user.name, orgName: org.name, inviterName: actor.name, link: appBaseUrl(mail.origin) + link.path, expiresAt: link.expiresAt },
      });
      return { ...user, setupPath: link.path };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("Someone already uses this email address.", "email");
    throw err;
  }
}
