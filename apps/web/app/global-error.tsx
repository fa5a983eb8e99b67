"use client";

/**
 * Last resort when even the root layout fails: it replaces the whole document, so it brings its
 * own <html> and plain inline styles (the app's stylesheet may not have loaded).
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0, color: "#0f172a", background: "#fff" }}>
        <main id="main" style={{ maxWidth: "36rem", margin: "0 auto", padding: "4rem 1.5rem" }}>
          <h1 style={{ fontSize: "1.5rem", fontWeight: 600 }}>Defuse is unavailable for a moment</h1>
          <p role="alert" style={{ lineHeight: 1.5 }}>
            The service could not answer. This usually passes within a minute, for example while its database restarts. Nothing you
            saved has been lost.
          </p>
          <button
            type="button"
            onClick={() => reset()}
            style={{ marginTop: "1rem", padding: "0.5rem 1rem", borderRadius: "0.5rem", border: "none", background: "#1d4ed8", color: "#fff", fontSize: "1rem", cursor: "pointer" }}
          >
            Try again
          </button>
          {error.digest ? <p style={{ marginTop: "1.5rem", fontSize: "0.875rem", color: "#475569" }}>Reference for support: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
