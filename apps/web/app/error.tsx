"use client";

import { Button, ButtonLink } from "@/components/ui";

/**
 * Shown when a page fails on the server, most often because the database cannot be reached for a
 * moment. Production hides the cause, so the page offers what helps either way: try again, or go
 * back to the dashboard. The digest lets an operator find the matching server log line.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold text-slate-900">This page could not be loaded</h1>
      <p className="mt-3 text-slate-700" role="alert">
        Defuse could not finish loading this page. This usually means the service is briefly unavailable, for example while its
        database restarts. Nothing you saved has been lost.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button type="button" onClick={() => reset()}>
          Try again
        </Button>
        <ButtonLink href="/dashboard" variant="secondary">
          Go to your dashboard
        </ButtonLink>
      </div>
      {error.digest ? <p className="mt-6 text-sm text-slate-600">Reference for support: {error.digest}</p> : null}
    </main>
  );
}
