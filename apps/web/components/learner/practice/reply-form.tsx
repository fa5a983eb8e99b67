import type { FormEvent, KeyboardEvent, Ref } from "react";
import { Button } from "@/components/ui";

/** Kept in sync with turnTextSchema on the server (not imported, to keep zod out of this bundle). */
export const MAX_CHARS = 2000;
export const chars = (s: string) => [...s].length;

/** The free-text reply box with its character count, Hint (when the call allows hints: not in the assessed role-play) and Send. */
export function ReplyForm({
  customerName,
  text,
  onText,
  onSend,
  onHint,
  error,
  sending,
  hinting,
  hintsUsed,
  textRef,
}: {
  customerName: string;
  text: string;
  onText: (text: string) => void;
  onSend: (e?: FormEvent) => void;
  onHint: (() => void) | null;
  error: string | null;
  sending: boolean;
  hinting: boolean;
  hintsUsed: number;
  textRef: Ref<HTMLTextAreaElement>;
}) {
  const count = chars(text.trim());
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) onSend();
  };
  return (
    <form onSubmit={onSend} noValidate className="space-y-2">
      <label htmlFor="reply" className="block font-semibold">
        Your reply to {customerName}
      </label>
      <textarea
        id="reply"
        ref={textRef}
        rows={3}
        value={text}
        onChange={(e) => onText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={!!error}
        aria-describedby={error ? "reply-error reply-count" : "reply-count"}
        className="block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-heat"
      />
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span id="reply-count" className={count > MAX_CHARS ? "font-medium text-heat" : "text-slate-600"}>
          {count.toLocaleString("en-GB")} / {MAX_CHARS.toLocaleString("en-GB")} characters · Ctrl+Enter sends
        </span>
        <div className="flex gap-2">
          {onHint ? (
            <Button type="button" variant="secondary" onClick={onHint} disabled={hinting}>
              {hinting ? "Thinking…" : `Hint${hintsUsed ? ` (${hintsUsed} used)` : ""}`}
            </Button>
          ) : (
            <span data-testid="no-hints" className="self-center text-slate-600">
              Assessed role-play: no hints
            </span>
          )}
          <Button type="submit" disabled={sending}>
            {sending ? "Sending…" : "Send"}
          </Button>
        </div>
      </div>
      {error ? (
        <p id="reply-error" role="alert" className="text-sm font-medium text-heat">
          {error}
        </p>
      ) : null}
    </form>
  );
}
