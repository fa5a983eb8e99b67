import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { labelName } from "@defuse/content";
import { Badge, Card, EmptyState } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

type RealCalls = inferRouterOutputs<AppRouter>["learner"]["progress"]["realCalls"];

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/**
 * The progress page's real calls: released reviews of the agent's real calls and, per technique,
 * how often it showed in practice and on real calls, so the agent sees what has not carried over.
 * Read with the rest of the page by learner.progress (qa.myRealCalls's first page), in its statement.
 */
export function RealCallsSection({ r }: { r: RealCalls }) {
  const compared = r.comparison.filter((c) => c.practice !== null || c.realCalls !== null);
  if (r.items.length === 0 && compared.every((c) => c.realCalls === null)) return null;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card aria-labelledby="real-calls-heading">
        <h2 id="real-calls-heading" className="mb-3 text-lg font-semibold">
          Your real calls
        </h2>
        {r.items.length ? (
          <ul className="divide-y divide-slate-100" aria-label="Reviewed real calls">
            {r.items.map((c) => (
              <li key={c.attemptId} className="py-2 text-sm">
                <a href={`/progress/calls/${c.attemptId}`} className="break-all font-medium text-brand-700 underline">
                  {c.title}
                </a>{" "}
                · {c.score}/100 <Badge tone={c.passed ? "good" : "bad"}>{c.passed ? "Passed" : "Not passed"}</Badge>
                <span className="block text-xs text-slate-600">Reviewed {formatDateTime(c.releasedAt)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>No real-call review has been released to you yet.</EmptyState>
        )}
      </Card>
      <Card aria-labelledby="carry-heading">
        <h2 id="carry-heading" className="mb-1 text-lg font-semibold">
          Practice and real calls
        </h2>
        <p className="mb-3 text-sm text-slate-700" data-testid="comparison-basis">
          The share of your finished practice calls ({plural(r.comparedOver.practice, "call", "calls")}) and of your reviewed real calls (
          {plural(r.comparedOver.realCalls, "call", "calls")}) in which the analyser found each technique at least once. <Badge tone="warn">Not yet on real calls</Badge> marks a
          technique you use in at least {r.notCarriedOverRule.practiceAtLeast}% of practice but {r.notCarriedOverRule.realCallsFewerBy} or more points less often on real calls:
          practice that has not carried over yet. A dash means there is nothing to compare yet.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="technique-comparison">
            <caption className="sr-only">Share of practice attempts and real calls showing each technique</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Technique</th>
                <th scope="col" className="py-2 pr-3 font-medium">Practice</th>
                <th scope="col" className="py-2 font-medium">Real calls</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {compared.map((c) => (
                <tr key={c.technique}>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {labelName(c.technique)}
                  </th>
                  <td className="py-2 pr-3">{c.practice === null ? "—" : `${c.practice}%`}</td>
                  <td className="py-2">
                    {c.realCalls === null ? "—" : `${c.realCalls}%`} {c.notCarriedOver ? <Badge tone="warn">Not yet on real calls</Badge> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
