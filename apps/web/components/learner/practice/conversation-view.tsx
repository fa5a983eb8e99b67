import type { Ref } from "react";
import { cx } from "@/components/ui";
import { AgentLine } from "../agent-line";
import { trendOf } from "../tension";
import { reasonWithoutFeedback, type Turn } from "./conversation-state";

/** The call so far: the customer's opening line, then each stored turn with its tension change. */
export function ConversationView({
  customerName,
  openingLine,
  turns,
  openingRef,
  lastRef,
}: {
  customerName: string;
  openingLine: string;
  turns: Turn[];
  openingRef?: Ref<HTMLLIElement>;
  lastRef?: Ref<HTMLLIElement>;
}) {
  return (
    <ol aria-label="Conversation" className="space-y-4">
      <li ref={openingRef} tabIndex={-1} className="max-w-[85%] rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{customerName}</p>
        <p className="mt-1 whitespace-pre-wrap">{openingLine}</p>
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
              <span data-testid="reason">{reasonWithoutFeedback(t.reason, t.feedback)}</span>
            </p>
            {t.feedback ? (
              <p className="rounded-lg border border-brand-100 bg-white p-3 text-sm" data-testid="choice-feedback">
                <span className="font-semibold">Feedback on that reply:</span> {t.feedback}
              </p>
            ) : null}
            <div className="max-w-[85%] rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{customerName}</p>
              <p className="mt-1 whitespace-pre-wrap" data-testid="customer-line">
                {t.customerLine}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
