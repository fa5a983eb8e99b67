import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Defuse", template: "%s · Defuse" },
  description: "De-escalation training for contact-centre agents: role-play practice, emotional intelligence and communication workshops.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, so Next can put this request's CSP
  // nonce on its scripts; a prerendered page would carry none and not run. The nonce and the policy
  // come from scripts/page-headers.cjs, preloaded by `pnpm start` and `pnpm dev`: a server started
  // without it would send pages with no CSP at all, so it gets no pages.
  if (!(await headers()).get("x-nonce")) throw new Error("This page has no Content-Security-Policy nonce: start Defuse with `pnpm start` (or `pnpm dev`), which preloads scripts/page-headers.cjs.");
  return (
    <html lang="en-GB" className={GeistSans.variable}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only-focusable fixed left-2 top-2 z-50 rounded bg-white px-3 py-2 text-brand-700 shadow">
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
