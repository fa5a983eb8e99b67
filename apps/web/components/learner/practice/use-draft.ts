"use client";

import { useEffect, useState } from "react";
import type { Turn } from "./conversation-state";

export interface Draft {
  text: string;
  clientTurnId: string | null;
}

/**
 * What the learner is typing, and the id of a turn that may not have arrived, kept in localStorage
 * per attempt: a refresh, a closed tab or a dropped connection loses nothing, and a retry reuses
 * the id so the server stores the turn once. A saved draft whose turn was already stored is dropped.
 */
export function useDraft(attemptId: string, storedTurns: Turn[]) {
  const key = `defuse:draft:${attemptId}`;
  const [draft, setDraft] = useState<Draft>({ text: "", clientTurnId: null });

  useEffect(() => {
    try {
      const raw = localStorage.getItem(key);
      if (!raw) return;
      const saved = JSON.parse(raw) as Draft;
      if (saved.clientTurnId && storedTurns.some((t) => t.clientTurnId === saved.clientTurnId)) localStorage.removeItem(key);
      else setDraft(saved);
    } catch {
      /* storage unavailable: nothing to restore */
    }
  }, [key, storedTurns]);

  function keep(next: Draft) {
    setDraft(next);
    try {
      if (next.text || next.clientTurnId) localStorage.setItem(key, JSON.stringify(next));
      else localStorage.removeItem(key);
    } catch {
      /* ignore */
    }
  }

  function discard() {
    try {
      localStorage.removeItem(key);
    } catch {
      /* ignore */
    }
  }

  return { draft, keep, discard };
}

export function newTurnId() {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
