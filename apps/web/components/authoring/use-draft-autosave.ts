"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const AUTOSAVE_MS = 800;

export type SaveState = "saved" | "unsaved" | "saving" | "failed";

/**
 * A draft that saves itself as it is typed, shared by the scenario and rubric editors: debounced,
 * one save in flight at a time, each naming the revision it edited (so two tabs cannot overwrite
 * each other), what was typed kept when a save fails (the next change, or `flush`, tries again with
 * it), and leaving with unsaved changes asks first. `save` sends the text with the revision it edited
 * and answers with the new revision and the server's field errors.
 */
export function useDraftAutosave<E>(initial: { revision: number; errors: E }, save: (revision: number, text: string) => Promise<{ revision: number; errors: E }>) {
  const [errors, setErrors] = useState(initial.errors);
  const [state, setState] = useState<SaveState>("saved");
  const [saveError, setSaveError] = useState<unknown>(null);
  const revision = useRef(initial.revision);
  const pending = useRef<string | null>(null);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (inFlight.current || pending.current === null) return;
    const text = pending.current;
    pending.current = null;
    inFlight.current = true;
    setState("saving");
    try {
      const r = await save(revision.current, text);
      revision.current = r.revision;
      setErrors(r.errors);
      setSaveError(null);
      setState(pending.current === null ? "saved" : "unsaved");
    } catch (err) {
      // keep what was typed: the next change (or "Save now") tries again with it
      pending.current ??= text;
      setSaveError(err);
      setState("failed");
    } finally {
      inFlight.current = false;
    }
    if (pending.current !== null && !timer.current)
      timer.current = setTimeout(() => {
        timer.current = null;
        void flush();
      }, AUTOSAVE_MS);
  }, [save]);

  const queue = useCallback(
    (text: string) => {
      pending.current = text;
      setState("unsaved");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void flush();
      }, AUTOSAVE_MS);
    },
    [flush],
  );

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current !== null || inFlight.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return { errors, state, saveError, flush, queue };
}
