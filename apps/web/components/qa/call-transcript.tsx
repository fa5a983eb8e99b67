import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { Badge } from "@/components/ui";

type Review = inferRouterOutputs<AppRouter>["review"]["get"];


/** A read-only transcript for screens beside the review form (calibration, disputes): lines, labels and tension. */
export function CallTranscript({ data }: { data: Review }) {
  return (
    <ol className="space-y-3 text-sm" aria-label="Transcript">
      {data.attempt.opening || data.openingLine ? (
        <li className="rounded-lg border border-slate-200 bg-slate-50 p-3">
          <span className="font-semibold">{data.customerName}:</span> {data.attempt.opening ?? data.openingLine}
          {data.attempt.opening ? (
            <span className="mt-1 block text-slate-600">
              Tension {data.attempt.openingTension}
              {data.attempt.openingReason ? `: ${data.attempt.openingReason}` : ""}
            </span>
          ) : null}
        </li>
      ) : null}
      {data.transcript.map((t) => (
        <li key={t.index} className="rounded-lg border border-slate-200 p-3">
          <p>
            <span className="font-semibold">Agent (turn {t.index + 1}):</span> {t.agentText}
          </p>
          {t.techniques.length || t.pitfalls.length ? (
            <p className="mt-1 flex flex-wrap gap-1">
              {t.techniques.map((x) => (
                <Badge key={x} tone="good">
                  {data.labelNames[x] ?? x}
                </Badge>
              ))}
              {t.pitfalls.map((x) => (
                <Badge key={x} tone="bad">
                  {data.labelNames[x] ?? x}
                </Badge>
              ))}
            </p>
          ) : null}
          {t.customerLine ? (
            <p className="mt-1">
              <span className="font-semibold">{data.customerName}:</span> {t.customerLine}
            </p>
          ) : null}
          <p className="mt-1 text-slate-600">
            Tension {t.tensionBefore} → {t.tensionAfter}
            {t.reason ? `: ${t.reason}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
