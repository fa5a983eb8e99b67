import Papa from "papaparse";
import type { Db, Prisma } from "@defuse/db";
import type { Role, SessionUser } from "../../context";
import { AppError } from "../../errors";
import { emailSchema } from "../../schemas";
import { recordAudit, recordAuditMany } from "../audit/recordAudit";
import { INVITE_LINK_TTL_MS, newToken, unusablePasswordHash } from "./passwordReset";
import { appBaseUrl, type MailContext } from "../email/config";
import { queueEmails } from "../email/outbox";

export const MAX_IMPORT_ROWS = 5000;

export interface ImportRow {
  /** 1-based line in the file, counting the header as line 1, as a spreadsheet shows it. */
  line: number;
  email: string;
  name: string;
  role: Role | null;
  roleText: string;
  cohortName: string;
  cohortId: string | null;
  problems: string[];
}

const HEADER_ALIASES: Record<string, "email" | "name" | "role" | "cohort"> = {
  email: "email",
  "e-mail": "email",
  "email address": "email",
  name: "name",
  "full name": "name",
  role: "role",
  cohort: "cohort",
  team: "cohort",
};

const ROLES: Record<string, Role> = { learner: "LEARNER", trainer: "TRAINER", admin: "ADMIN" };

/** Parses the CSV with a real parser (quoted commas, quotes, CRLF) and names its columns. */
export function parseImportCsv(csv: string): { rows: Array<Omit<ImportRow, "cohortId" | "problems">>; fileProblems: string[] } {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => HEADER_ALIASES[h.trim().toLowerCase()] ?? h.trim().toLowerCase(),
  });
  const fileProblems: string[] = [];
  const fields = parsed.meta.fields ?? [];
  for (const required of ["email", "name"]) {
    if (!fields.includes(required)) fileProblems.push(`The file needs a “${required}” column (columns: email, name, role, cohort).`);
  }
  if (parsed.data.length === 0 && fileProblems.length === 0) fileProblems.push("The file has no rows under its header.");
  if (parsed.data.length > MAX_IMPORT_ROWS) fileProblems.push(`Import at most ${MAX_IMPORT_ROWS} people at a time.`);
  // Papa reports rows with too many/few fields; their values would be misaligned.
  const badLines = new Map<number, string>();
  for (const err of parsed.errors) if (typeof err.row === "number") badLines.set(err.row, err.message);
  const rows = parsed.data.map((r, i) => {
    const roleText = (r.role ?? "").trim();
    return {
      line: i + 2,
      email: (r.email ?? "").trim().toLowerCase(),
      name: (r.name ?? "").trim(),
      roleText,
      role: roleText === "" ? ("LEARNER" as Role) : (ROLES[roleText.toLowerCase()] ?? null),
      cohortName: (r.cohort ?? "").trim(),
      parseError: badLines.get(i) ?? null,
    };
  });
  return { rows: rows.map(({ parseError, ...r }) => ({ ...r, ...(parseError ? { parseError } : {}) })), fileProblems };
}

type Tx = Db | Prisma.TransactionClient;

/**
 * Every row's problems, found before anything is written: bad or missing email, missing name,
 * unknown role, duplicate in the file, email already in use, unknown or archived cohort.
 */
export async function previewImport(tx: Tx, actor: SessionUser, csv: string) {
  const { rows: parsed, fileProblems } = parseImportCsv(csv);
  const emails = [...new Set(parsed.map((r) => r.email).filter(Boolean))];
  const cohortNames = [...new Set(parsed.map((r) => r.cohortName).filter(Boolean))];
  const [taken, cohorts] = await Promise.all([
    emails.length ? tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } }) : [],
    cohortNames.length
      ? tx.cohort.findMany({
          where: { orgId: actor.orgId, archivedAt: null, name: { in: cohortNames, mode: "insensitive" } },
          select: { id: true, name: true },
        })
      : [],
  ]);
  const takenSet = new Set(taken.map((t) => t.email));
  const cohortByName = new Map(cohorts.map((c) => [c.name.toLowerCase(), c]));
  const firstLine = new Map<string, number>();
  const rows: ImportRow[] = parsed.map((r) => {
    const problems: string[] = [];
    if ("parseError" in r) problems.push(`This row could not be read: ${(r as { parseError: string }).parseError}`);
    if (!r.email) problems.push("Email is missing.");
    else if (!emailSchema.safeParse(r.email).success) problems.push(`“${r.email}” is not a valid email address.`);
    else if (firstLine.has(r.email)) problems.push(`Duplicate: ${r.email} is already on line ${firstLine.get(r.email)}.`);
    else if (takenSet.has(r.email)) problems.push(`Someone already uses ${r.email}.`);
    if (r.email && !firstLine.has(r.email)) firstLine.set(r.email, r.line);
    if (!r.name) problems.push("Name is missing.");
    else if (r.name.length > 120) problems.push("Keep the name under 120 characters.");
    if (!r.role) problems.push(`Unknown role “${r.roleText}” (use learner, trainer or admin).`);
    const cohort = r.cohortName ? cohortByName.get(r.cohortName.toLowerCase()) : undefined;
    if (r.cohortName && !cohort) problems.push(`Unknown cohort “${r.cohortName}”.`);
    return { line: r.line, email: r.email, name: r.name, role: r.role, roleText: r.roleText, cohortName: cohort?.name ?? r.cohortName, cohortId: cohort?.id ?? null, problems };
  });
  const errorCount = rows.filter((r) => r.problems.length > 0).length;
  return { ok: fileProblems.length === 0 && errorCount === 0, fileProblems, total: rows.length, errorCount, rows };
}

/**
 * All-or-nothing import: the preview runs again inside the transaction and any problem aborts it
 * before a single row is written. Each new person gets a one-time link (7 days) to set their
 * password, returned once for the admin to hand out.
 */
export async function importPeople(db: Db, actor: SessionUser, csv: string, mail: MailContext = {}) {
  return db.$transaction(
    async (tx) => {
      const preview = await previewImport(tx, actor, csv);
      if (!preview.ok) {
        const first = preview.fileProblems[0] ?? preview.rows.find((r) => r.problems.length)?.problems[0];
        const where = preview.fileProblems.length ? "" : ` (line ${preview.rows.find((r) => r.problems.length)?.line})`;
        throw new AppError(
          "INVALID_INPUT",
          `Nothing was imported: ${preview.fileProblems.length || preview.errorCount} problem${(preview.fileProblems.length || preview.errorCount) === 1 ? "" : "s"} to fix first. ${first ?? ""}${where}`.trim(),
          { field: "csv" },
        );
      }
      const users = await tx.user.createManyAndReturn({
        data: preview.rows.map((r) => ({ orgId: actor.orgId, email: r.email, name: r.name, role: r.role!, passwordHash: unusablePasswordHash() })),
        select: { id: true, email: true, name: true, role: true },
      });
      const byEmail = new Map(users.map((u) => [u.email, u]));
      const memberships = preview.rows
        .filter((r) => r.cohortId)
        .map((r) => ({ orgId: actor.orgId, cohortId: r.cohortId!, userId: byEmail.get(r.email)!.id }));
      if (memberships.length) await tx.cohortMember.createMany({ data: memberships });
      const expiresAt = new Date(Date.now() + INVITE_LINK_TTL_MS);
      const tokens = users.map((u) => ({ userId: u.id, ...newToken() }));
      await tx.passwordResetToken.createMany({ data: tokens.map((t) => ({ userId: t.userId, tokenHash: t.tokenHash, expiresAt })) });
      await recordAuditMany(
        tx,
        preview.rows.map((r) => {
          const u = byEmail.get(r.email)!;
          return { orgId: actor.orgId, actorId: actor.id, action: "user.create", targetType: "User", targetId: u.id, after: { ...u, cohortId: r.cohortId, via: "import" } };
        }),
      );
      await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "people.import", targetType: "Organization", targetId: actor.orgId, after: { created: users.length } });
      const tokenByUser = new Map(tokens.map((t) => [t.userId, t.token]));
      const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { name: true } });
      const base = appBaseUrl(mail.origin);
      await queueEmails(
        tx,
        users.map((u) => ({
          orgId: actor.orgId,
          userId: u.id,
          recipient: u.email,
          data: { template: "invitation", name: u.name, orgName: org.name, inviterName: actor.name, link: `${base}/reset-password/${tokenByUser.get(u.id)}`, expiresAt },
        })),
      );
      return {
        created: preview.rows.map((r) => {
          const u = byEmail.get(r.email)!;
          return { id: u.id, name: u.name, email: u.email, role: u.role, cohort: r.cohortId ? r.cohortName : null, setupPath: `/reset-password/${tokenByUser.get(u.id)}` };
        }),
        expiresAt,
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
