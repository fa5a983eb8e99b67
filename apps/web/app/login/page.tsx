import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await currentUser()) redirect("/dashboard");
  const { callbackUrl } = await searchParams;
  let next: string | undefined;
  try {
    next = callbackUrl ? new URL(callbackUrl, "http://x").pathname : undefined;
  } catch {
    next = undefined;
  }
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-2xl font-semibold text-brand-700">Defuse</p>
          <h1 className="mt-2 text-xl font-semibold text-slate-900">Sign in to your training</h1>
          <p className="mt-1 text-sm text-slate-600">Practise calm, confident calls with customers who are having a bad day.</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm next={next} />
        </div>
      </div>
    </main>
  );
}
