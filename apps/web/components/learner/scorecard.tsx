import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { labelName } from "@defuse/content";
import { Badge, Card } from "@/components/ui";
import { AgentLine } from "./agent-line";
import { TensionChart, trendOf } from "./tension";

type Attempt = inferRouterOutputs<AppRouter>["learner"]["attempt"];

const LEVELS = ["Not shown", "Emerging", "Developing", "Secure", "Excellent"];

type Result = NonNullable<Attempt["result"]>;

/** The critical behaviour as it stands: the engine's flag, and the trainer's ruling with its reason. */
function CriticalNotice({ critical, first }: { critical: Result["critical"]; first: Result["firstCritical"] }) {
  const { flagged, decision, reason, stands } = critical;
  if (!flagged.length && !decision) return null;
  return (
    <div
      className={stands ? "mt-4 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900" : "mt-4 rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800"}
      data-testid="critical"
    >
      <p className="font-semibold">{stands ? "Critical behaviour: this fails the attempt" : "Critical behaviour cleared by your trainer"}</p>
      {stands && first ? (
        <>
          <p>
            Turn {first.turn + 1}: <q className="italic">{first.quote}</q>
          </p>
          <p>{first.reason}</p>
        </>
      ) : null}
      {flagged.length ? (
        <ul className="ml-5 list-disc">
          {flagged.map((c, i) => (
            <li key={i}>
              {c.description}
              {c.quotes.slice(0, 2).map((q, j) => (
                <span key={j}>
                  {" "}
                  ({q.turn >= 0 ? `turn ${q.turn + 1}: ` : ""}
                  <q className="italic">{q.quote}</q>)
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
      {decision === "CONFIRMED" && reason ? <p className="mt-1">Your trainer confirmed it: {reason}</p> : null}
      {decision === "CLEARED" ? <p className="mt-1">Why it does not apply: {reason}</p> : null}
    </div>
  );
}

interface ImprovementView {
  turn: number;
  quote: string;
  advice: string;
  betterPhrasing: string;
}

/** The one improvement most worth making: the advice, the weakest turn quoted and a better phrasing. */
export function TopImprovement({ improvement, headingLevel = 3 }: { improvement: ImprovementView | null | undefined; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Card aria-labelledby="improve-heading" className="border-amber-200 bg-amber-50">
      <Heading id="improve-heading" className="font-semibold">
        Top improvement
      </Heading>
      {improvement && (improvement.advice || improvement.betterPhrasing) ? (
        <div className="mt-2 space-y-2 text-sm">
          <p>{improvement.advice}</p>
          {improvement.quote && improvement.turn >= 0 ? (
            <p>
              You said (turn {improvement.turn + 1}): <q className="italic">{improvement.quote}</q>
            </p>
          ) : null}
          {improvement.betterPhrasing ? (
            <p>
              <span className="font-semibold">Better phrasing:</span> <q>{improvement.betterPhrasing}</q>
            </p>
          ) : null}
        </div>
      ) : (
        <p className="mt-2 text-sm">Nothing stands out: keep doing what you did.</p>
      )}
    </Card>
  );
}

/** A criterion's quoted evidence from the agent's own turns, for and against. */
export function EvidenceList({ evidence }: { evidence: Array<{ turn: number; quote: string; label: string; effect: string }> }) {
  if (!evidence.length) return <span className="text-slate-600">No evidence in your replies.</span>;
  return (
    <ul className="space-y-1">
      {evidence.slice(0, 4).map((e, i) => (
        <li key={i}>
          Turn {e.turn + 1}: <q className="italic">{e.quote}</q>{" "}
          <span className="text-slate-600">
            ({labelName(e.label)}, {e.effect})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The end-of-attempt scorecard: rubric criteria with quoted evidence, pass or fail, strengths, the top improvement. */
export function Scorecard({ attempt }: { attempt: Attempt }) {
  const r = attempt.result;
  const score = r?.score ?? attempt.score ?? 0;
  const passed = r?.passed ?? attempt.passed ?? false;
  const byTrainer = r?.source === "trainer";
  return (
    <div className="space-y-6">
      <Card aria-labelledby="score-heading">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <div>
            <h2 id="score-heading" tabIndex={-1} className="text-lg font-semibold">
              Your scorecard
            </h2>
            <p className="text-slate-700">
              {attempt.outcome === "resolved"
                ? "You resolved the call."
                : attempt.outcome === "escalated"
                  ? "The call escalated."
                  : attempt.outcome === "ended"
                    ? "You ended the call."
                    : "The call ended before it was resolved."}
              {attempt.hintsUsed ? ` Hints used: ${attempt.hintsUsed}.` : ""}
            </p>
            {r?.turnsScored != null ? (
              <p className="text-sm text-slate-700" data-testid="turns-scored">
                {r.turnsScored} {r.turnsScored === 1 ? "reply" : "replies"} scored, including any after the customer was satisfied.
              </p>
            ) : null}
            {r?.verdict ? <p className="text-sm text-slate-700">{r.verdict}</p> : null}
            {attempt.played ? (
              <p className="text-sm text-slate-700" data-testid="played-versions">
                Played on scenario version {attempt.played.scenarioVersion}
                {attempt.played.rubricVersion != null ? ` · scored with ${r?.rubric?.title ?? attempt.played.rubricTitle ?? "the rubric"}, version ${attempt.played.rubricVersion}` : ""}
              </p>
            ) : null}
          </div>
          <div className="text-right">
            <p className="text-3xl font-bold" data-testid="score">
              {score}/100
            </p>
            <Badge tone={passed ? "good" : "bad"}>{passed ? "Passed" : "Not passed yet"}</Badge>
            <p className="mt-1 text-xs text-slate-600">
              {byTrainer ? `Official score from your trainer (automatic: ${r?.autoScore})` : "Automatic score"}
              {r ? ` · pass mark ${r.passMark}` : ""}
            </p>
            {r?.rubric && !attempt.played ? (
              <p className="mt-1 text-xs break-words text-slate-600" data-testid="scorecard-rubric">
                Rubric: {r.rubric.title} (version {r.rubric.version})
              </p>
            ) : null}
          </div>
        </div>
        {r ? <CriticalNotice critical={r.critical} first={r.firstCritical} /> : null}
      </Card>

      {r?.review ? (
        <Card aria-labelledby="review-heading" className="border-brand-100" data-testid="trainer-feedback">
          <h3 id="review-heading" className="font-semibold">
            Feedback from {r.review.reviewer}
          </h3>
          {r.review.comment ? <p className="mt-2 whitespace-pre-wrap">{r.review.comment}</p> : <p className="mt-2 text-slate-600">No overall comment; see the rubric and your transcript.</p>}
        </Card>
      ) : null}

      {r ? (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <Card aria-labelledby="strengths-heading">
              <h3 id="strengths-heading" className="font-semibold">
                Strengths
              </h3>
              {r.strengths.length ? (
                <ul className="ml-5 mt-2 list-disc space-y-1">
                  {r.strengths.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-slate-600">No clear strengths this time; the improvement below is the place to start.</p>
              )}
            </Card>
            <TopImprovement improvement={r.improvement} />
          </div>

          <Card aria-labelledby="criteria-heading">
            <h3 id="criteria-heading" className="mb-3 font-semibold">
              Rubric
            </h3>
            <div className="relative overflow-x-auto" tabIndex={0}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Score per rubric criterion with the evidence from your replies</caption>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="py-2 pr-3">
                      Criterion
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Level
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Points
                    </th>
                    <th scope="col" className="min-w-48 py-2">
                      Evidence
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.criteria.map((c) => (
                    <tr key={c.id} className="border-b border-slate-100 align-top">
                      <th scope="row" className="py-2 pr-3 font-medium">
                        {c.title}
                      </th>
                      <td className="py-2 pr-3">
                        {c.scoredBy === "trainer" && !c.changed && !byTrainer ? (
                          <span className="font-medium" data-testid="scored-by-trainer">
                            Scored by your trainer
                          </span>
                        ) : (
                          <>
                            <span className="font-medium">{c.level}/4</span> · {c.descriptor || LEVELS[c.level]}
                          </>
                        )}
                        {c.changed ? <span className="block text-xs text-slate-600">Set by your trainer (automatic: {c.autoLevel}/4)</span> : null}
                        {c.comment ? (
                          <span className="mt-1 block text-sm">
                            <span className="font-semibold">Trainer:</span> {c.comment}
                          </span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-3">
                        {c.scoredBy === "trainer" && !c.changed && !byTrainer ? `–/${c.maxPoints}` : `${Math.round(c.points * 10) / 10}/${c.maxPoints}`}
                        {c.reason ? <p className="mt-1 text-xs text-slate-600">{c.reason}</p> : null}
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
        </>
      ) : null}
    </div>
  );
}

/** The full transcript with the tension curve. */
export function Transcript({ attempt }: { attempt: Attempt }) {
  const points = [attempt.scenario.startTension, ...attempt.turns.map((t) => t.tensionAfter)];
  return (
    <Card aria-labelledby="transcript-heading">
      <h2 id="transcript-heading" className="mb-3 text-lg font-semibold">
        Transcript and tension curve
      </h2>
      <TensionChart points={points} />
      <ol className="mt-4 space-y-3" aria-label="Transcript">
        <li>
          <p className="text-sm font-semibold text-slate-600">{attempt.scenario.customerName}</p>
          <p>{attempt.openingLine}</p>
        </li>
        {attempt.turns.map((t) => (
          <li key={t.index} className="space-y-2 border-t border-slate-100 pt-3">
            <div>
              <p className="text-sm font-semibold text-brand-800">You (turn {t.index + 1})</p>
              <AgentLine text={t.agentText} spans={t.spans} techniques={t.techniques} pitfalls={t.pitfalls} />
            </div>
            <p className="text-sm text-slate-700">
              Tension {t.tensionBefore} → {t.tensionAfter} ({trendOf(t.tensionBefore, t.tensionAfter)}) · {t.reason}
            </p>
            {t.trainerComment ? (
              <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 px-3 py-2 text-sm" data-testid="line-comment">
                <span className="font-semibold">Trainer’s note on this line:</span> {t.trainerComment}
              </p>
            ) : null}
            <div>
              <p className="text-sm font-semibold text-slate-600">{attempt.scenario.customerName}</p>
              <p>{t.customerLine}</p>
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
