import { hashPassword, type Db } from "@defuse/db";
import type { Role, SessionUser } from "../../context";
import { conflict, isUniqueViolation, notFound } from "../../errors";
import { assertStrongPassword } from "../account/passwordPolicy";
import { recordAudit } from "../audit/recordAudit";

export interface CreateUserInput {
  name: string;
  email: string;
  password: string;
  role: Role;
  cohortId?: string | null;
  requirePasswordChange?: boolean;
}

/**
 * Creates a person in the admin's organisation and, optionally, adds them to one of its cohorts.
 * Emails are unique across Defuse, so a clash is reported on the email field.
 */
export async function createUser(db: Db, actor: SessionUser, input: CreateUserInput) {
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
  await assertStrongPassword(input.password, "password", [email, input.name]);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          orgId: actor.orgId,
          email,
          name: input.name.trim(),
          role: input.role,
          passwordHash,
          mustChangePassword: input.requirePasswordChange ?? false,
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
        after: { ...user, cohortId: input.cohortId ?? null },
      });
      return user;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("Someone already uses this email address.", "email");
    throw err;
  }
}
