import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { labelName } from "@defuse/content";
import { Badge, Card } from "@/components/ui";
import { EvidenceList, TopImprovement } from "@/components/learner/scorecard";
import { TensionChart } from "@/components/learner/tension";

type Released = NonNullable<inferRouterOutputs<AppRouter>["review"]["releasedForAttempt"]>;

const LEVELS = ["Not shown", "Emerging", "Developing", "Secure", "Excellent"];

/**
 * What an agent reads of a released review of their own real call: the official score with the
 * trainer's comments, the rubric with the quoted evidence, the critical ruling, the better phrasing
 * for the weakest turn and the masked transcript with labels, estimated tension and line comments.
 * It reads only the agent-safe releasedForAttempt view (no calibration, no drafts).
 */
export function AgentCallReview({ review }: { review: Released }) {
  const call = review.call;
  const { critical } = review;
  return (
    <>
      <Card aria-labelledby="score-heading">
        <h2 id="score-heading" className="mb-2 text-lg font-semibold">
          Official score: {review.score}/100 <Badge tone={review.passed ? "good" : "bad"}>{review.passed ? "Passed" : "Not passed"}</Badge>
        </h2>
        {review.autoScore !== null && review.autoScore !== review.score ? <p className="text-sm text-slate-700">The automatic score was {review.autoScore}.</p> : null}
        <div data-testid="trainer-feedback" className="mt-2">
          <h3 className="font-semibold">Feedback from {review.reviewer}</h3>
          {review.comment ? <p className="mt-1 whitespace-pre-wrap text-sm">{review.comment}</p> : <p className="mt-1 text-sm text-slate-600">No overall comment; see the rubric and your transcript.</p>}
        </div>
        {critical.flagged.length || critical.decision ? (
          <div className={critical.stands ? "mt-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900" : "mt-3 rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm"} data-testid="critical">
            <p className="font-semibold">{critical.stands ? "Critical behaviour: this fails the call" : "Critical behaviour cleared by your trainer"}</p>
            {critical.flagged.length ? (
              <ul className="ml-5 list-disc">
                {critical.flagged.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            ) : null}
            {critical.reason ? <p className="mt-1">{critical.decision === "CLEARED" ? "Why it does not apply" : "Your trainer"}: {critical.reason}</p> : null}
          </div>
        ) : null}
      </Card>

      {review.improvement ? <TopImprovement improvement={review.improvement} headingLevel={2} /> : null}

      <Card aria-labelledby="criteria-heading">
        <h2 id="criteria-heading" className="mb-3 text-lg font-semibold">
          Rubric
        </h2>
        <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Rubric, scrollable">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Official level per rubric criterion, your trainer&apos;s comment and the evidence from your call</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-3">
                  Criterion
                </th>
                <th scope="col" className="py-2 pr-3">
                  Level
                </th>
                <th scope="col" className="min-w-48 py-2">
                  Evidence from your call
                </th>
              </tr>
            </thead>
            <tbody>
              {review.criteria.map((c) => (
                <tr key={c.criterionId} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {c.title}
                  </th>
                  <td className="py-2 pr-3">
                    <span className="font-medium">{c.level}/4</span> · {c.levelDescription ?? LEVELS[c.level]}
                    {c.autoLevel !== null && c.autoLevel !== c.level ? <span className="block text-xs text-slate-600">Set by your trainer (automatic: {c.autoLevel}/4)</span> : null}
                    {c.comment ? (
                      <span className="mt-1 block">
                        <span className="font-semibold">Trainer:</span> {c.comment}
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2">
                    <EvidenceList evidence={c.evidence} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      {call ? (
        <Card aria-labelledby="call-heading">
          <h2 id="call-heading" className="mb-1 text-lg font-semibold">
            Your call
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            Personal details were masked when the call was imported. The customer&apos;s tension is estimated from the frustration, anger and calming words in what they said.
          </p>
          {call.turns.length ? (
            <TensionChart
              id="call-tension"
              title="Estimated customer tension over your call"
              points={[call.openingTension, ...call.turns.map((t) => t.tensionAfter)]}
            />
          ) : null}
          <ol className="mt-4 space-y-3 text-sm" aria-label="Transcript">
            {call.opening ? (
              <li>
                <p className="font-semibold text-slate-600">Customer</p>
                <p>{call.opening}</p>
                <p className="mt-1 text-slate-600">
                  Tension {call.openingTension}
                  {call.openingReason ? `: ${call.openingReason}` : ""}
                </p>
              </li>
            ) : null}
            {call.turns.map((t) => (
              <li key={t.index} className="space-y-2 border-t border-slate-100 pt-3">
                <div>
                  <p className="font-semibold text-brand-800">You (turn {t.index + 1})</p>
                  <p>{t.agentText}</p>
                  {t.techniques.length || t.pitfalls.length ? (
                    <ul className="mt-1 flex flex-wrap gap-1" aria-label={`Labels on turn ${t.index + 1}`}>
                      {t.techniques.map((x) => (
                        <li key={x}>
                          <Badge tone="good">{labelName(x)}</Badge>
                        </li>
                      ))}
                      {t.pitfalls.map((x) => (
                        <li key={x}>
                          <Badge tone="bad">{labelName(x)} (pitfall)</Badge>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
                {t.comment ? (
                  <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 px-3 py-2" data-testid="line-comment">
                    <span className="font-semibold">Trainer&apos;s note on this line:</span> {t.comment}
                  </p>
                ) : null}
                {t.customerLine ? (
                  <div>
                    <p className="font-semibold text-slate-600">Customer</p>
                    <p>{t.customerLine}</p>
                  </div>
                ) : null}
                <p className="text-slate-600">
                  Tension {t.tensionBefore} → {t.tensionAfter}
                  {t.reason ? `: ${t.reason}` : ""}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      ) : review.source === "real" ? (
        <Card>
          <p className="text-sm text-slate-700">The transcript of this call is no longer available.</p>
        </Card>
      ) : null}
    </>
  );
}
