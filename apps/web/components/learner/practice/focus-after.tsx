"use client";

import { useEffect } from "react";

const KEY = "defuse:focus-after-refresh";

/** Asks the next render of the page (after router.refresh) to move focus to the element `id`. */
export function focusAfterRefresh(id: string) {
  try {
    sessionStorage.setItem(KEY, id);
  } catch {
    /* ignore: focus simply stays where it was */
  }
}

/**
 * Rendered next to an element that may be asked for: when the flag names `id`, focus moves there
 * (once), so ending a call lands on the scorecard's heading rather than on <body>.
 */
export function FocusTarget({ id }: { id: string }) {
  useEffect(() => {
    try {
      if (sessionStorage.getItem(KEY) !== id) return;
      sessionStorage.removeItem(KEY);
    } catch {
      return;
    }
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
