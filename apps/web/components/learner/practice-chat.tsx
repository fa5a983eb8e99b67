"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { Button, cx } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/errors";
import { useTRPC } from "@/trpc/client";
import { AgentLine } from "./agent-line";
import { TensionMeter, tensionText, trendOf } from "./tension";

type Attempt = inferRouterOutputs<AppRouter>["learner"]["attempt"];
type Turn = Attempt["turns"][number];

/** Kept in sync with turnTextSchema on the server (not imported, to keep zod out of this bundle). */
const MAX_CHARS = 2000;
const chars = (s: string) => [...s].length;

interface Draft {
  text: string;
  clientTurnId: string | null;
}

function newId() {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

const OUTCOME_TEXT: Record<string, string> = {
  resolved: "The customer is satisfied: the call is resolved.",
  escalated: "The customer has escalated: the call is over.",
  ended: "You ended the call.",
  ongoing: "The call has ended.",
};

/**
 * The live role-play. Every turn is saved on the server before it appears here; what the learner
 * is typing (and the id of a turn that may not have arrived) is kept in localStorage, so a refresh,
 * a closed tab or a dropped connection loses nothing and a retry is stored once.
 */
export function PracticeChat({ initial }: { initial: Attempt }) {
  const trpc = useTRPC();
  const router = useRouter();
  const draftKey = `defuse:draft:${initial.id}`;
  const [turns, setTurns] = useState<Turn[]>(initial.turns);
  const [tension, setTension] = useState(initial.tension);
  const [ended, setEnded] = useState(initial.ended);
  const [outcome, setOutcome] = useState(initial.outcome);
  const [choices, setChoices] = useState(initial.choices);
  const [hintsUsed, setHintsUsed] = useState(initial.hintsUsed);
  const [hintText, setHintText] = useState<{ name: string; prompt: string } | null>(initial.lastHint);
  const [draft, setDraft] = useState<Draft>({ text: "", clientTurnId: null });
  const [clientError, setClientError] = useState<string | null>(null);
  const [paused, setPaused] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const lastRef = useRef<HTMLLIElement>(null);
  const branching = initial.mode === "branching";

  // Restore an unsent reply after a refresh; drop it if that very turn has already been stored.
  useEffect(() => {
    try {
      const raw = localStorage.getItem(draftKey);
      if (!raw) return;
      const saved = JSON.parse(raw) as Draft;
      if (saved.clientTurnId && initial.turns.some((t) => t.clientTurnId === saved.clientTurnId)) localStorage.removeItem(draftKey);
      else setDraft(saved);
    } catch {
      /* storage unavailable: nothing to restore */
    }
  }, [draftKey, initial.turns]);

  function keepDraft(next: Draft) {
    setDraft(next);
    try {
      if (next.text || next.clientTurnId) localStorage.setItem(draftKey, JSON.stringify(next));
      else localStorage.removeItem(draftKey);
    } catch {
      /* ignore */
    }
  }

  const take = useMutation(
    trpc.learner.takeTurn.mutationOptions({
      onSuccess(res, vars) {
        setTurns((prev) => [...prev.filter((t) => t.index !== res.turn.index), res.turn].sort((a, b) => a.index - b.index));
        setTension(res.tension);
        setEnded(res.ended);
        setOutcome(res.outcome);
        setChoices(res.choices);
        setHintText(null);
        const trend = trendOf(res.turn.tensionBefore, res.turn.tensionAfter);
        setAnnouncement(`${initial.scenario.customerName}: ${res.turn.customerLine} ${tensionText(res.turn.tensionAfter, trend)}. ${res.turn.reason}${res.ended ? ` ${OUTCOME_TEXT[res.outcome] ?? ""}` : ""}`);
        if (!branching) {
          // A retry that finds an earlier, different text stored keeps what the learner typed now.
          if (vars.text !== undefined && res.turn.agentText.trim() !== draft.text.trim()) keepDraft({ text: draft.text, clientTurnId: null });
          else keepDraft({ text: "", clientTurnId: null });
        }
        requestAnimationFrame(() => lastRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" }));
      },
      onError(err) {
        // A rejected (invalid) reply was certainly not stored: the next send may use a new id.
        if (fieldErrorsOf(err).text) keepDraft({ ...draft, clientTurnId: null });
      },
    }),
  );
  const hint = useMutation(
    trpc.learner.hint.mutationOptions({
      onSuccess(h) {
        setHintsUsed(h.hintsUsed);
        setHintText({ name: h.name, prompt: h.prompt });
      },
    }),
  );
  const finish = useMutation(
    trpc.learner.finishAttempt.mutationOptions({
      onSuccess() {
        try {
          localStorage.removeItem(draftKey);
        } catch {
          /* ignore */
        }
        router.refresh();
      },
    }),
  );

  function send(e?: FormEvent) {
    e?.preventDefault();
    setClientError(null);
    const text = draft.text.trim();
    if (!text) {
      setClientError("Type what you would say to the customer.");
      textRef.current?.focus();
      return;
    }
    if (chars(text) > MAX_CHARS) {
      setClientError(`Keep your reply under ${MAX_CHARS.toLocaleString("en-GB")} characters (it has ${chars(text).toLocaleString("en-GB")}).`);
      textRef.current?.focus();
      return;
    }
    const clientTurnId = draft.clientTurnId ?? newId();
    keepDraft({ text: draft.text, clientTurnId });
    take.mutate({ attemptId: initial.id, clientTurnId, text });
  }

  function pick(choiceId: string) {
    setClientError(null);
    // The same choice re-sent after an error reuses its id, so it is stored once.
    const clientTurnId = draft.clientTurnId && draft.text === `choice:${choiceId}` ? draft.clientTurnId : newId();
    keepDraft({ text: `choice:${choiceId}`, clientTurnId });
    take.mutate({ attemptId: initial.id, clientTurnId, choiceId });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) send();
  }

  const last = turns.at(-1);
  const trend = trendOf(last?.tensionBefore, last?.tensionAfter);
  const count = chars(draft.text.trim());
  const textError = clientError ?? fieldErrorsOf(take.error).text?.[0] ?? null;
  const otherError = !textError && take.error ? messageOf(take.error) : null;
  const canPause = !!initial.scenario.contentWarning;

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        <TensionMeter value={tension} trend={trend} />
        <div className="flex flex-wrap gap-2">
          {canPause && !ended ? (
            <Button variant="secondary" type="button" onClick={() => setPaused((p) => !p)} aria-pressed={paused}>
              {paused ? "Resume" : "Pause"}
            </Button>
          ) : null}
        </div>
      </div>

      <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
        {announcement}
      </div>

      {paused ? (
        <section aria-labelledby="paused-heading" className="rounded-xl border border-brand-100 bg-brand-50 p-6">
          <h2 id="paused-heading" className="text-lg font-semibold">
            Paused
          </h2>
          <p className="mt-2 text-slate-700">
            Take a moment. Breathe out slowly, longer than you breathe in. This is practice: nothing the customer says is about you. Resume when you are
            ready, or leave and come back later; the conversation is saved.
          </p>
          <Button className="mt-4" type="button" onClick={() => setPaused(false)}>
            Resume the call
          </Button>
        </section>
      ) : (
        <>
          <ol aria-label="Conversation" className="space-y-4">
            <li className="max-w-[85%] rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{initial.scenario.customerName}</p>
              <p className="mt-1 whitespace-pre-wrap">{initial.openingLine}</p>
            </li>
            {turns.map((t, i) => {
              const tr = trendOf(t.tensionBefore, t.tensionAfter);
              return (
                <li key={t.index} ref={i === turns.length - 1 ? lastRef : undefined} className="space-y-3" data-testid="turn">
                  <div className="ml-auto max-w-[85%] rounded-xl bg-brand-50 p-4 ring-1 ring-brand-100">
                    <p className="text-xs font-semibold uppercase tracking-wide text-brand-800">You{t.hinted ? " · after a hint" : ""}</p>
                    <div className="mt-1">
                      <AgentLine text={t.agentText} spans={t.spans} techniques={t.techniques} pitfalls={t.pitfalls} />
                    </div>
                  </div>
                  <p className="text-center text-sm text-slate-700">
                    <span className={cx("font-medium", tr === "rising" ? "text-heat" : tr === "falling" ? "text-calm" : "text-slate-800")}>
                      Tension {t.tensionBefore} → {t.tensionAfter} ({tr})
                    </span>
                    {" · "}
                    <span data-testid="reason">{t.reason}</span>
                  </p>
                  {t.feedback ? (
                    <p className="rounded-lg border border-brand-100 bg-white p-3 text-sm" data-testid="choice-feedback">
                      <span className="font-semibold">Feedback on that reply:</span> {t.feedback}
                    </p>
                  ) : null}
                  <div className="max-w-[85%] rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                    <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{initial.scenario.customerName}</p>
                    <p className="mt-1 whitespace-pre-wrap" data-testid="customer-line">
                      {t.customerLine}
                    </p>
                  </div>
                </li>
              );
            })}
          </ol>

          {ended ? (
            <div className="rounded-xl border border-slate-300 bg-white p-5" role="status">
              <p className="font-semibold" data-testid="outcome">
                {OUTCOME_TEXT[outcome] ?? OUTCOME_TEXT.ongoing}
              </p>
            </div>
          ) : branching ? (
            <fieldset className="space-y-2" disabled={take.isPending}>
              <legend className="mb-2 font-semibold">Choose your reply</legend>
              {choices.map((c) => (
                <button
                  key={c.id}
                  type="button"
                  onClick={() => pick(c.id)}
                  className="block w-full rounded-lg border border-slate-300 bg-white p-3 text-left hover:border-brand-600 hover:bg-brand-50 disabled:opacity-60"
                >
                  {c.text}
                </button>
              ))}
            </fieldset>
          ) : (
            <form onSubmit={send} noValidate className="space-y-2">
              <label htmlFor="reply" className="block font-semibold">
                Your reply to {initial.scenario.customerName}
              </label>
              <textarea
                id="reply"
                ref={textRef}
                rows={3}
                value={draft.text}
                onChange={(e) => keepDraft({ text: e.target.value, clientTurnId: draft.clientTurnId })}
                onKeyDown={onKeyDown}
                aria-invalid={!!textError}
                aria-describedby={textError ? "reply-error reply-count" : "reply-count"}
                className="block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-heat"
              />
              <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span id="reply-count" className={count > MAX_CHARS ? "font-medium text-heat" : "text-slate-600"}>
                  {count.toLocaleString("en-GB")} / {MAX_CHARS.toLocaleString("en-GB")} characters · Ctrl+Enter sends
                </span>
                <div className="flex gap-2">
                  <Button type="button" variant="secondary" onClick={() => hint.mutate({ attemptId: initial.id })} disabled={hint.isPending}>
                    {hint.isPending ? "Thinking…" : `Hint${hintsUsed ? ` (${hintsUsed} used)` : ""}`}
                  </Button>
                  <Button type="submit" disabled={take.isPending}>
                    {take.isPending ? "Sending…" : "Send"}
                  </Button>
                </div>
              </div>
              {textError ? (
                <p id="reply-error" role="alert" className="text-sm font-medium text-heat">
                  {textError}
                </p>
              ) : null}
            </form>
          )}
          {take.isPaused ? (
            <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="offline">
              You are offline. Your reply is kept and will be sent as soon as the connection returns.
            </p>
          ) : null}
          {hintText && !ended ? (
            <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="hint">
              <span className="font-semibold">Try: {hintText.name}.</span> {hintText.prompt}
            </div>
          ) : null}
          {otherError ? (
            <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900">
              <span>{otherError}</span>
              {!branching ? (
                <Button type="button" variant="secondary" onClick={() => send()}>
                  Try again
                </Button>
              ) : null}
            </div>
          ) : null}
          {hint.error ? (
            <p role="alert" className="text-sm text-heat">
              {messageOf(hint.error)}
            </p>
          ) : null}

          <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
            <Button type="button" variant={ended ? "primary" : "secondary"} onClick={() => finish.mutate({ attemptId: initial.id })} disabled={finish.isPending || turns.length === 0}>
              {finish.isPending ? "Scoring…" : ended ? "See my scorecard" : "End the call and see my scorecard"}
            </Button>
            {turns.length === 0 ? <span className="text-sm text-slate-600">Reply at least once before ending the call.</span> : null}
            {finish.error ? (
              <p role="alert" className="text-sm text-heat">
                {messageOf(finish.error)}
              </p>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
