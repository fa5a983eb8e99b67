/**
 * Email settings from the environment, read per call so tests and `scripts/defuse.mjs` can set them:
 * SMTP_URL (e.g. smtp://user:pass@host:587; absent means nothing is sent and messages are held for
 * the admin outbox), MAIL_FROM (the sender), and the public address links point at.
 */
export function mailConfig(): { smtpUrl: string | null; from: string } {
  const smtpUrl = process.env.SMTP_URL?.trim() || null;
  return { smtpUrl, from: process.env.MAIL_FROM?.trim() || "Defuse <no-reply@defuse.invalid>" };
}

/** Where links in emails point: DEFUSE_URL (or AUTH_URL), else the request's origin, else this server. */
export function appBaseUrl(origin?: string | null): string {
  const configured = process.env.DEFUSE_URL ?? process.env.AUTH_URL;
  const base = configured || origin || `http://localhost:${process.env.PORT ?? 3000}`;
  return base.replace(/\/$/, "");
}

/** What a service that writes email needs from the request (absent in jobs and most tests). */
export interface MailContext {
  origin?: string | null;
}
