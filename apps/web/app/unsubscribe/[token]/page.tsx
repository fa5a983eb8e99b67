import type { Metadata } from "next";
import { createCaller, createContextInner } from "@defuse/api";
import { UnsubscribeButton } from "@/components/email/unsubscribe-button";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Reminder emails" };

/** Public: the link at the foot of every reminder email (a signed token, no sign-in). */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = createCaller(createContextInner({ db: db(), user: null }));
  const status = token.length >= 20 && token.length <= 1000 ? await api.email.checkUnsubscribe({ token }).catch(() => null) : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-semibold tracking-tight">{status ? `Reminder emails${status.firstName ? ` for ${status.firstName}` : ""}` : "This link does not work"}</h1>
      {!status ? (
        <p className="mt-4 text-slate-700">
          <a href="/login" className="text-brand-700 underline">Sign in</a> and turn reminders off from your account menu instead.
        </p>
      ) : status.emailReminders ? (
        <>
          <p className="mt-4 text-slate-700">Defuse emails you when assigned work is due soon or overdue. Invitations, password resets and reviews still reach you.</p>
          <UnsubscribeButton token={token} />
        </>
      ) : (
        <p className="mt-4 text-slate-700" role="status">Reminder emails are already off for you.</p>
      )}
    </main>
  );
}
