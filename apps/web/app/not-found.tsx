import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found" };

/** Shown for unknown addresses and for records that do not exist or belong to someone else. */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">We could not find that page</h1>
      <p className="mt-3 text-slate-700">The address may be mistyped, or the item was removed or is not shared with you.</p>
      <p className="mt-6">
        {/* A plain link: next/link here put its client code in every page's first load (about 3 kB). */}
        <a href="/dashboard" className="font-medium text-brand-700 underline">
          Back to your dashboard
        </a>
      </p>
    </main>
  );
}
