import type { Metadata } from "next";
import { createCaller, createContextInner } from "@defuse/api";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Set your password" };

/** Public: the one-time link an admin sends (password reset or first set-up after an import). */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = createCaller(createContextInner({ db: db(), user: null }));
  const status = token.length >= 20 && token.length <= 200 ? await api.people.checkResetToken({ token }) : { valid: false as const, firstName: null };
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-semibold tracking-tight">{status.valid ? `Set your password${status.firstName ? `, ${status.firstName}` : ""}` : "This link no longer works"}</h1>
      {status.valid ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="mt-4 text-slate-700">
          It has expired or was already used. Ask your admin for a new link, or <a href="/login" className="text-brand-700 underline">sign in</a>.
        </p>
      )}
    </main>
  );
}
