"use client";

import { useRouter } from "next/navigation";
import { useEffect, useReducer, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";
import { TensionMeter, tensionText, trendOf } from "./tension";
import { conversationReducer, initialConversation, OUTCOME_TEXT, progressMark, type Attempt } from "./practice/conversation-state";
import { ConversationView } from "./practice/conversation-view";
import { focusAfterRefresh } from "./practice/focus-after";
import { chars, MAX_CHARS, ReplyForm } from "./practice/reply-form";
import { newTurnId, useDraft } from "./practice/use-draft";
import { useStaleCheck } from "./practice/use-stale-check";

/**
 * The live role-play. Every turn is saved on the server before it appears here (the conversation
 * reducer holds what was stored); what the learner is typing lives in useDraft, so a refresh, a
 * closed tab or a dropped connection loses nothing and a retry is stored once. Focus follows the
 * call: the reply box (or, for branching, the customer's opening line) when it starts, the hint
 * when one is asked for, and the scorecard's heading once the call is ended.
 *
 * `playtest`: a trainer play-testing a draft (issue 13). The same screen, talking to the
 * play-test procedures, which take the same inputs and answer in the same shapes but record
 * nothing against any learner.
 */
export function PracticeChat({ initial, playtest = false }: { initial: Attempt; playtest?: boolean }) {
  // Same inputs and outputs (the api builds both from one view), so one type serves both.
  const calls = playtest
    ? ({ turn: trpc.authoring.playtestTurn, hint: trpc.authoring.playtestHint, finish: trpc.authoring.playtestFinish } as unknown as {
        turn: typeof trpc.learner.takeTurn;
        hint: typeof trpc.learner.hint;
        finish: typeof trpc.learner.finishAttempt;
      })
    : { turn: trpc.learner.takeTurn, hint: trpc.learner.hint, finish: trpc.learner.finishAttempt };
  const router = useRouter();
  const [call, dispatch] = useReducer(conversationReducer, initial, initialConversation);
  const { draft, keep: keepDraft, discard: discardDraft } = useDraft(initial.id, initial.turns);
  const [clientError, setClientError] = useState<string | null>(null);
  const [paused, setPaused] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const openingRef = useRef<HTMLLIElement>(null);
  const lastRef = useRef<HTMLLIElement>(null);
  const hintRef = useRef<HTMLDivElement>(null);
  const focusHint = useRef(false);
  const branching = initial.mode === "branching";
  const stale = useStaleCheck(initial.id, playtest, progressMark({ status: "IN_PROGRESS", turns: call.turns, hintsUsed: call.hintsUsed }));

  // A call just started: the learner's next move is to reply, so focus goes there, not to <body>.
  useEffect(() => {
    if (initial.turns.length || initial.ended) return;
    if (branching) openingRef.current?.focus();
    else textRef.current?.focus();
  }, [branching, initial.ended, initial.turns.length]);
  useEffect(() => {
    if (call.hint && focusHint.current) {
      focusHint.current = false;
      hintRef.current?.focus();
    }
  }, [call.hint]);

  const take = useMutation(
    calls.turn.mutationOptions({
      onSuccess(res, vars) {
        dispatch({ type: "turnStored", result: res });
        const trend = trendOf(res.turn.tensionBefore, res.turn.tensionAfter);
        setAnnouncement(
          `${initial.scenario.customerName}: ${res.turn.customerLine} ${tensionText(res.turn.tensionAfter, trend)}. ${res.turn.reason}${res.ended ? ` ${OUTCOME_TEXT[res.outcome] ?? ""}` : ""}`,
        );
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
    calls.hint.mutationOptions({
      onSuccess(h) {
        focusHint.current = true;
        dispatch({ type: "hintShown", hintsUsed: h.hintsUsed, hint: { name: h.name, prompt: h.prompt } });
      },
    }),
  );
  const finish = useMutation(
    calls.finish.mutationOptions({
      onSuccess() {
        discardDraft();
        focusAfterRefresh("score-heading");
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
    const clientTurnId = draft.clientTurnId ?? newTurnId();
    keepDraft({ text: draft.text, clientTurnId });
    take.mutate({ attemptId: initial.id, clientTurnId, text });
  }

  function pick(choiceId: string) {
    setClientError(null);
    // The same choice re-sent after an error reuses its id, so it is stored once.
    const clientTurnId = draft.clientTurnId && draft.text === `choice:${choiceId}` ? draft.clientTurnId : newTurnId();
    keepDraft({ text: `choice:${choiceId}`, clientTurnId });
    take.mutate({ attemptId: initial.id, clientTurnId, choiceId });
  }

  const last = call.turns.at(-1);
  const trend = trendOf(last?.tensionBefore, last?.tensionAfter);
  const textError = clientError ?? fieldErrorsOf(take.error).text?.[0] ?? null;
  const otherError = !textError && take.error ? messageOf(take.error) : null;
  const canPause = !!initial.scenario.contentWarning;

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        <TensionMeter value={call.tension} trend={trend} />
        <div className="flex flex-wrap gap-2">
          {canPause && !call.ended ? (
            <Button variant="secondary" type="button" onClick={() => setPaused((p) => !p)} aria-pressed={paused}>
              {paused ? "Resume" : "Pause"}
            </Button>
          ) : null}
        </div>
      </div>

      <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
        {announcement}
      </div>

      {stale ? (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="stale">
          <span>This call moved on in another tab or window. Reload to see where it is now before you reply.</span>
          <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
            Reload the call
          </Button>
        </div>
      ) : null}

      {paused ? (
        <section aria-labelledby="paused-heading" className="rounded-xl border border-brand-100 bg-brand-50 p-6">
          <h2 id="paused-heading" className="text-lg font-semibold">
            Paused
          </h2>
          <p className="mt-2 text-slate-700">
            Take a moment. Breathe out slowly, longer than you breathe in. This is practice: nothing the customer says is about you. Resume when you are ready, or leave and come back later; the
            conversation is saved.
          </p>
          <Button className="mt-4" type="button" onClick={() => setPaused(false)}>
            Resume the call
          </Button>
        </section>
      ) : (
        <>
          <ConversationView customerName={initial.scenario.customerName} openingLine={initial.openingLine} turns={call.turns} openingRef={openingRef} lastRef={lastRef} />

          {call.ended ? (
            <div className="rounded-xl border border-slate-300 bg-white p-5" role="status">
              <p className="font-semibold" data-testid="outcome">
                {OUTCOME_TEXT[call.outcome] ?? OUTCOME_TEXT.ongoing}
              </p>
            </div>
          ) : branching ? (
            <fieldset className="space-y-2" disabled={take.isPending}>
              <legend className="mb-2 font-semibold">Choose your reply</legend>
              {call.choices.map((c) => (
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
            <ReplyForm
              customerName={initial.scenario.customerName}
              text={draft.text}
              onText={(text) => keepDraft({ text, clientTurnId: draft.clientTurnId })}
              onSend={send}
              onHint={initial.hintsAllowed ? () => hint.mutate({ attemptId: initial.id }) : null}
              error={textError}
              sending={take.isPending}
              hinting={hint.isPending}
              hintsUsed={call.hintsUsed}
              textRef={textRef}
            />
          )}
          {take.isPaused ? (
            <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="offline">
              You are offline. Your reply is kept and will be sent as soon as the connection returns.
            </p>
          ) : null}
          {call.hint && !call.ended ? (
            <div ref={hintRef} tabIndex={-1} role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="hint">
              <span className="font-semibold">Try: {call.hint.name}.</span> {call.hint.prompt}
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
            <Button type="button" variant={call.ended ? "primary" : "secondary"} onClick={() => finish.mutate({ attemptId: initial.id })} disabled={finish.isPending || call.turns.length === 0}>
              {finish.isPending ? "Scoring…" : call.ended ? "See my scorecard" : "End the call and see my scorecard"}
            </Button>
            {call.turns.length === 0 ? <span className="text-sm text-slate-600">Reply at least once before ending the call.</span> : null}
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
