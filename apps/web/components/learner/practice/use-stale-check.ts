"use client";

import { useEffect, useRef, useState } from "react";
import { trpc } from "@/trpc/client";
import { progressMark } from "./conversation-state";

/**
 * A second tab (or window) on the same attempt would otherwise keep showing an old call. Whenever
 * this tab comes back into view or focus, it asks the server where the attempt is; if a turn, a
 * hint or the end of the call happened elsewhere, it says so (the caller offers to reload).
 * `mark` is this tab's own progressMark, updated as it sends turns and hints. `playtest` reads a
 * trainer's play-test session instead of a learner's attempt.
 */
export function useStaleCheck(attemptId: string, playtest: boolean, mark: string) {
  const [stale, setStale] = useState(false);
  const markRef = useRef(mark);
  markRef.current = mark;

  useEffect(() => {
    let checking = false;
    const check = async () => {
      if (document.visibilityState !== "visible" || checking) return;
      checking = true;
      try {
        const now = playtest ? await trpc.authoring.playtest.query({ sessionId: attemptId }) : await trpc.learner.attempt.query({ attemptId });
        if (progressMark(now) !== markRef.current) setStale(true);
      } catch {
        /* offline or signed out: the next send says so */
      } finally {
        checking = false;
      }
    };
    window.addEventListener("focus", check);
    document.addEventListener("visibilitychange", check);
    return () => {
      window.removeEventListener("focus", check);
      document.removeEventListener("visibilitychange", check);
    };
  }, [attemptId, playtest]);

  return stale;
}
