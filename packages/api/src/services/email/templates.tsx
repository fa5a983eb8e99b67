/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { ReactNode } from "react";
import { render } from "@react-email/render";

/**
 * The six emails Defuse sends, as React elements rendered to HTML and plain text by react-email.
 * Host elements with inline styles only (mail clients drop stylesheets), no hooks: the Next.js
 * server loads the renderer outside its bundle (see next.config.ts), so these must not depend on
 * which React copy built them.
 */
export type EmailData =
  | { template: "invitation"; name: string; orgName: string; inviterName: string; link: string; expiresAt: Date }
  | { template: "password-reset"; name: string; orgName: string; link: string; expiresAt: Date }
  | { template: "new-assignment"; name: string; title: string; dueAt: Date | null; link: string }
  | { template: "due-soon"; name: string; title: string; dueAt: Date; link: string; unsubscribeLink: string }
  | { template: "overdue"; name: string; title: string; dueAt: Date; link: string; unsubscribeLink: string }
  | { template: "review-released"; name: string; title: string; reviewerName: string; link: string };

export type EmailTemplate = EmailData["template"];
export const EMAIL_TEMPLATES = ["invitation", "password-reset", "new-assignment", "due-soon", "overdue", "review-released"] as const satisfies readonly EmailTemplate[];
/** The kinds a person can turn off (and that carry an unsubscribe link). */
export const REMINDER_TEMPLATES: readonly EmailTemplate[] = ["due-soon", "overdue"];

const part = (d: Date, o: Intl.DateTimeFormatOptions) => d.toLocaleDateString("en-GB", { ...o, timeZone: "UTC" });
/** "Wednesday 9 January 2030" (UTC, like the due dates trainers set), whatever the server's locale data adds. */
const day = (d: Date) => `${part(d, { weekday: "long" })} ${part(d, { day: "numeric" })} ${part(d, { month: "long" })} ${part(d, { year: "numeric" })}`;
const first = (name: string) => name.trim().split(/\s+/)[0] || name;

const text = { fontFamily: "Arial, Helvetica, sans-serif", fontSize: "16px", lineHeight: "24px", color: "#1e293b" } as const;

function Layout({ preview, children, footer }: { preview: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta httpEquiv="Content-Type" content="text/html; charset=UTF-8" />
        <title>{preview}</title>
      </head>
      <body style={{ backgroundColor: "#f1f5f9", margin: 0, padding: "24px" }}>
        <div style={{ maxWidth: "560px", margin: "0 auto", backgroundColor: "#ffffff", padding: "24px", borderRadius: "8px" }}>
          <p style={{ ...text, fontWeight: 700, color: "#0f766e", margin: "0 0 16px" }}>Defuse</p>
          {children}
          {footer ? <div style={{ ...text, fontSize: "13px", color: "#475569", borderTop: "1px solid #e2e8f0", marginTop: "24px", paddingTop: "12px" }}>{footer}</div> : null}
        </div>
      </body>
    </html>
  );
}

function Action({ href, label }: { href: string; label: string }) {
  return (
    <p style={{ margin: "24px 0" }}>
      <a href={href} style={{ backgroundColor: "#0f766e", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", textDecoration: "none", fontFamily: text.fontFamily, fontWeight: 700 }}>
        {label}
      </a>
    </p>
  );
}

const P = ({ children }: { children: ReactNode }) => <p style={{ ...text, margin: "0 0 12px" }}>{children}</p>;
const Fallback = ({ href }: { href: string }) => (
  <P>
    If the button does not work, open this address: <a href={href} style={{ color: "#0f766e" }}>{href}</a>
  </P>
);
const Unsubscribe = ({ href }: { href: string }) => (
  <>
    You get reminders because work is assigned to you in Defuse. <a href={href} style={{ color: "#0f766e" }}>Turn off reminder emails</a> (one click, no sign-in).
  </>
);

function compose(d: EmailData): { subject: string; body: ReactNode } {
  switch (d.template) {
    case "invitation": {
      const subject = `${d.inviterName} invited you to ${d.orgName} on Defuse`;
      return {
        subject,
        body: (
          <Layout preview={subject}>
            <P>Hello {first(d.name)},</P>
            <P>{d.inviterName} has added you to {d.orgName} on Defuse, where you practise calls with upset and difficult customers. Choose your password to get started.</P>
            <Action href={d.link} label="Set your password" />
            <Fallback href={d.link} />
            <P>This link works once, until {day(d.expiresAt)}. If it has expired, ask your admin for a new one.</P>
          </Layout>
        ),
      };
    }
    case "password-reset": {
      const subject = "Reset your Defuse password";
      return {
        subject,
        body: (
          <Layout preview={subject}>
            <P>Hello {first(d.name)},</P>
            <P>An admin of {d.orgName} has reset your Defuse password. Choose a new one with this link; you have been signed out everywhere until you do.</P>
            <Action href={d.link} label="Choose a new password" />
            <Fallback href={d.link} />
            <P>This link works once, until {day(d.expiresAt)}. If you did not expect this, tell your admin.</P>
          </Layout>
        ),
      };
    }
    case "new-assignment": {
      const subject = `New in Defuse: ${d.title}`;
      return {
        subject,
        body: (
          <Layout preview={subject}>
            <P>Hello {first(d.name)},</P>
            <P>
              Your trainer has assigned you “{d.title}”{d.dueAt ? `, due ${day(d.dueAt)}` : ""}.
            </P>
            <Action href={d.link} label="Open it in Defuse" />
            <Fallback href={d.link} />
          </Layout>
        ),
      };
    }
    case "due-soon": {
      const subject = `Reminder: “${d.title}” is due ${day(d.dueAt)}`;
      return {
        subject,
        body: (
          <Layout preview={subject} footer={<Unsubscribe href={d.unsubscribeLink} />}>
            <P>Hello {first(d.name)},</P>
            <P>“{d.title}” is due {day(d.dueAt)} and is not done yet.</P>
            <Action href={d.link} label="Continue in Defuse" />
            <Fallback href={d.link} />
          </Layout>
        ),
      };
    }
    case "overdue": {
      const subject = `Overdue: “${d.title}”`;
      return {
        subject,
        body: (
          <Layout preview={subject} footer={<Unsubscribe href={d.unsubscribeLink} />}>
            <P>Hello {first(d.name)},</P>
            <P>“{d.title}” was due {day(d.dueAt)} and is not done yet. Your trainer can see it as overdue.</P>
            <Action href={d.link} label="Finish it in Defuse" />
            <Fallback href={d.link} />
          </Layout>
        ),
      };
    }
    case "review-released": {
      const subject = `Your trainer reviewed “${d.title}”`;
      return {
        subject,
        body: (
          <Layout preview={subject}>
            <P>Hello {first(d.name)},</P>
            <P>{d.reviewerName} has reviewed your attempt at “{d.title}”: your scorecard now shows their levels and comments.</P>
            <Action href={d.link} label="Read the review" />
            <Fallback href={d.link} />
          </Layout>
        ),
      };
    }
  }
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export async function renderEmail(data: EmailData): Promise<RenderedEmail> {
  const { subject, body } = compose(data);
  const [html, plain] = await Promise.all([render(body), render(body, { plainText: true })]);
  return { subject, html, text: plain };
}
