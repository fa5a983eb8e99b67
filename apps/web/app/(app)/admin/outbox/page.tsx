import type { Metadata } from "next";
import Link from "next/link";
import { Badge, ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { loadPage, OUTBOX } from "@/server/page-reads";

export const metadata: Metadata = { title: "Outbox" };

type Search = Promise<{ id?: string; cursor?: string }>;

const STATUS: Record<string, { label: string; tone: "neutral" | "good" | "bad" | "warn" | "info" }> = {
  HELD: { label: "Kept (not sent)", tone: "info" },
  QUEUED: { label: "Waiting to send", tone: "warn" },
  SENT: { label: "Sent", tone: "good" },
  FAILED: { label: "Failed", tone: "bad" },
};
const TEMPLATE: Record<string, string> = {
  invitation: "Invitation",
  "password-reset": "Password reset",
  "new-assignment": "New assignment",
  "due-soon": "Due soon",
  overdue: "Overdue",
  "review-released": "Review released",
};
const when = (d: Date) => d.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }) + " UTC";

/** Admin: every email Defuse wrote for the organisation; with no SMTP configured, the only place they appear. */
export default async function OutboxPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const { page, message } = await loadPage(OUTBOX, {}, sp);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Outbox"
        description={
          page.sending
            ? "Emails Defuse sends: invitations, password resets, new assignments, reminders and released reviews."
            : "No mail server is configured (SMTP_URL), so emails are kept here instead of being sent. Open one to follow its links."
        }
      />
      {sp.id ? (
        message ? (
          <Card aria-labelledby="message-heading">
            <h2 id="message-heading" className="text-lg font-semibold break-words">
              {message.subject}
            </h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">To</dt>
              <dd className="break-all">{message.recipient}</dd>
              <dt className="text-slate-600">Written</dt>
              <dd>{when(message.createdAt)}</dd>
              <dt className="text-slate-600">Status</dt>
              <dd>
                <Badge tone={STATUS[message.status]?.tone}>{STATUS[message.status]?.label ?? message.status}</Badge>
                {message.attempts ? ` after ${message.attempts} attempt${message.attempts === 1 ? "" : "s"}` : null}
                {message.lastError ? <span className="block text-slate-700">Last error: {message.lastError}</span> : null}
              </dd>
            </dl>
            <h3 className="mt-4 font-semibold">Links in this email</h3>
            <ul className="mt-1 space-y-1" aria-label="Links in this email">
              {message.links.map((l) => (
                <li key={l} className="break-all">
                  <a href={l} className="text-brand-700 underline">
                    {l}
                  </a>
                </li>
              ))}
            </ul>
            <h3 className="mt-4 font-semibold">As the recipient sees it</h3>
            <iframe title={`Email: ${message.subject}`} srcDoc={message.html} sandbox="" className="mt-2 h-[28rem] w-full rounded border border-slate-200 bg-white" />
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">Plain-text version</summary>
              <pre className="mt-2 text-sm whitespace-pre-wrap break-words">{message.text}</pre>
            </details>
            <p className="mt-4">
              <Link href="/admin/outbox" className="text-brand-700 underline">
                Back to all emails
              </Link>
            </p>
          </Card>
        ) : (
          <Card>
            <p role="alert">That email was not found.</p>
          </Card>
        )
      ) : null}
      <Card aria-labelledby="outbox-heading">
        <h2 id="outbox-heading" className="mb-3 text-lg font-semibold">
          Emails
        </h2>
        {page.items.length === 0 ? (
          <EmptyState>No emails yet. Adding a person, resetting a password or assigning work writes one.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Emails">
            {page.items.map((m) => (
              <li key={m.id} className="py-3">
                <Link href={`/admin/outbox?id=${m.id}`} className="font-medium text-brand-700 underline break-words" aria-current={m.id === sp.id ? "true" : undefined}>
                  {m.subject}
                </Link>
                <p className="text-sm text-slate-700">
                  <span className="break-all">{m.recipient}</span> · {TEMPLATE[m.template] ?? m.template} · {when(m.createdAt)}{" "}
                  <Badge tone={STATUS[m.status]?.tone}>{STATUS[m.status]?.label ?? m.status}</Badge>
                </p>
              </li>
            ))}
          </ul>
        )}
        {page.nextCursor ? (
          <div className="mt-4">
            <ButtonLink variant="secondary" href={`/admin/outbox?cursor=${page.nextCursor}`}>
              Older emails
            </ButtonLink>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
