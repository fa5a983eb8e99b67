import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "@defuse/db";

export type MailTransport = Pick<Transporter, "sendMail">;

/** A nodemailer SMTP transport for SMTP_URL (smtp:// or smtps://, credentials in the URL). */
export function smtpTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport(smtpUrl);
}

/**
 * Sends one outbox message. Safe to repeat: a message already sent (or held) is left alone. A
 * failure is recorded on the message (attempts, last error) and thrown again so the queue retries
 * it; after `maxAttempts` the message is marked FAILED for the admin outbox.
 */
export async function deliverEmail(db: Db, id: string, transport: MailTransport, opts: { from: string; maxAttempts: number }) {
  const msg = await db.emailMessage.findUnique({ where: { id }, select: { id: true, status: true, recipient: true, subject: true, html: true, text: true, attempts: true } });
  if (!msg || msg.status !== "QUEUED") return "skipped" as const;
  try {
    await transport.sendMail({ from: opts.from, to: msg.recipient, subject: msg.subject, html: msg.html, text: msg.text, headers: { "X-Defuse-Message": msg.id } });
  } catch (err) {
    const attempts = msg.attempts + 1;
    const lastError = (err instanceof Error ? err.message : String(err)).slice(0, 500);
    await db.emailMessage.update({ where: { id }, data: { attempts, lastError, status: attempts >= opts.maxAttempts ? "FAILED" : "QUEUED" } });
    throw err;
  }
  await db.emailMessage.update({ where: { id }, data: { status: "SENT", attempts: msg.attempts + 1, sentAt: new Date(), lastError: null } });
  return "sent" as const;
}

/** Queued messages the sender has not finished with, oldest first (the outbox sweep enqueues them). */
export async function queuedEmailIds(db: Db, limit = 500) {
  const rows = await db.emailMessage.findMany({ where: { status: "QUEUED" }, orderBy: { createdAt: "asc" }, select: { id: true }, take: limit });
  return rows.map((r) => r.id);
}
