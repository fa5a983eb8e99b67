"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * The curriculum pages send their shared markup as cached HTML strings (learner/curriculum-html.ts,
 * mastery.tsx, markdown.tsx), so the links in it are plain `<a>` elements, not Next's <Link>. Without this,
 * following one would reload the whole page. One listener on the document turns a plain left click on a
 * same-origin link into a client-side navigation, as <Link> does; it leaves alone what <Link> already
 * handled (defaultPrevented), new-tab and download clicks (modifier keys, middle button, target, download),
 * other origins, API routes and links to a place on the same page. The (app) layout's header
 * (app-header.tsx) runs it, so no client component of its own is rendered for it; `on` false does nothing.
 */
export function usePlainLinkNavigation(on = true) {
  const router = useRouter();
  useEffect(() => {
    if (!on) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== "_self") || a.hasAttribute("download")) return;
      const url = new URL(a.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname.startsWith("/api/")) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
      e.preventDefault();
      router.push(url.pathname + url.search + url.hash);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router, on]);
}
