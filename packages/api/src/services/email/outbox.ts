import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { pageArgs, toPage } from "../admin/paging";
import { mailConfig } from "./config";
import { renderEmail, type EmailData } from "./templates";

type Tx = Db | Prisma.TransactionClient;

export interface OutgoingEmail {
  orgId: string;
  userId: string | null;
  recipient: string;
  data: EmailData;
  /** Once-only key (reminders, review released): a second message with the same key is not written. */
  dedupeKey?: string;
}

/**
 * Writes emails to the outbox; call it inside the transaction of the change that causes them, so
 * an email exists exactly when its cause does. The email job sends QUEUED messages; with no
 * SMTP_URL they are HELD for the admin outbox page and never sent. Returns how many were written
 * (duplicates of a dedupeKey are skipped).
 */
export async function queueEmails(tx: Tx, emails: OutgoingEmail[]): Promise<number> {
  if (emails.length === 0) return 0;
  const status = mailConfig().smtpUrl ? "QUEUED" : "HELD";
  const rows = await Promise.all(
    emails.map(async (e) => {
      const r = await renderEmail(e.data);
      return { orgId: e.orgId, userId: e.userId, recipient: e.recipient, template: e.data.template, subject: r.subject, html: r.html, text: r.text, status, dedupeKey: e.dedupeKey ?? null } as const;
    }),
  );
  const { count } = await tx.emailMessage.createMany({ data: rows, skipDuplicates: true });
  return count;
}

export const queueEmail = (tx: Tx, email: OutgoingEmail) => queueEmails(tx, [email]);

const listSelect = { id: true, recipient: true, template: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true } as const;

/** Admin: the organisation's emails, newest first (keyset on createdAt, id). */
export async function listOutbox(db: Db, actor: SessionUser, input: { cursor?: string | null; limit?: number; status?: "QUEUED" | "SENT" | "FAILED" | "HELD" | null }) {
  const where = { orgId: actor.orgId, ...(input.status ? { status: input.status } : {}) };
  const { pageSize, ...args } = await pageArgs(input, (id) => db.emailMessage.findFirst({ where: { id, ...where }, select: { id: true } }));
  const rows = await db.emailMessage.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: listSelect, ...args });
  return { ...toPage(rows, pageSize), sending: mailConfig().smtpUrl !== null };
}

/** The links in a rendered message, in order and without repeats, for the outbox page. */
export function linksOf(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/href="([^"]+)"/g)) out.add(m[1]!.replaceAll("&amp;", "&"));
  return [...out];
}

/** Admin: one message of the organisation, as rendered, with its links. */
export async function getOutboxMessage(db: Db, actor: SessionUser, id: string) {
  const row = await db.emailMessage.findFirst({ where: { id, orgId: actor.orgId }, select: { ...listSelect, html: true, text: true } });
  if (!row) throw notFound("That email");
  return { ...row, links: linksOf(row.html) };
}
