"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { progressMark } from "./conversation-state";

/**
 * A second tab (or window) on the same attempt would otherwise keep showing an old call. Whenever
 * this tab comes back into view or focus, it asks the server where the attempt is; if a turn, a
 * hint or the end of the call happened elsewhere, it says so (the caller offers to reload).
 * `mark` is this tab's own progressMark, updated as it sends turns and hints. `playtest` reads a
 * trainer's play-test session instead of a learner's attempt.
 */
export function useStaleCheck(attemptId: string, playtest: boolean, mark: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const markRef = useRef(mark);
  markRef.current = mark;

  useEffect(() => {
    let checking = false;
    const check = async () => {
      if (document.visibilityState !== "visible" || checking) return;
      checking = true;
      try {
        const now = playtest
          ? await queryClient.fetchQuery({ ...trpc.authoring.playtest.queryOptions({ sessionId: attemptId }), staleTime: 0 })
          : await queryClient.fetchQuery({ ...trpc.learner.attempt.queryOptions({ attemptId }), staleTime: 0 });
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
  }, [attemptId, playtest, queryClient, trpc]);

  return stale;
}
