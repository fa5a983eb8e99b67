import type { Metadata } from "next";
import Link from "next/link";
import { scenarioOptions } from "@/lib/scenario-options";
import { Button, Card, EmptyState, PageHeader, inputClass } from "@/components/ui";
import { CorrectionsExportButton } from "@/components/trainer/label-corrector";
import { DisputeCounts } from "@/components/qa/dispute-counts";
import { AGREEMENT, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Scoring agreement" };

export default async function AgreementPage({ searchParams }: { searchParams: Promise<{ cohortId?: string; scenarioId?: string }> }) {
  const sp = await searchParams;
  const { report: r, cohorts, disputes, scenarios: own } = await loadPage(AGREEMENT, {}, sp);
  const o = r.overall;
  return (
    <div className="space-y-6">
      <PageHeader title="Automatic vs trainer scoring" description="For every released review: how often the automatic level of each criterion matches the trainer's. Levels run 0 to 4." />
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filter the report">
          <div>
            <label htmlFor="a-cohort" className="block text-sm font-medium">
              Cohort
            </label>
            <select id="a-cohort" name="cohortId" defaultValue={sp.cohortId ?? ""} className={inputClass}>
              <option value="">All cohorts</option>
              {cohorts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="a-scenario" className="block text-sm font-medium">
              Scenario
            </label>
            <select id="a-scenario" name="scenarioId" defaultValue={sp.scenarioId ?? ""} className={inputClass}>
              <option value="">All scenarios</option>
              {scenarioOptions(own).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">
            Filter
          </Button>
        </form>
      </Card>
      <Card aria-labelledby="disputes-heading">
        <h2 id="disputes-heading" className="mb-1 text-lg font-semibold">
          Agents&apos; disputes
        </h2>
        <DisputeCounts summary={disputes} />
      </Card>
      {o.pairs === 0 ? (
        <EmptyState>No released reviews yet: release some reviews to compare the scoring.</EmptyState>
      ) : (
        <>
          <Card aria-labelledby="overall-heading">
            <h2 id="overall-heading" className="mb-3 text-lg font-semibold">
              Overall
            </h2>
            <dl className="grid gap-4 sm:grid-cols-3">
              <div>
                <dt className="text-sm text-slate-600">Reviewed attempts</dt>
                <dd className="text-2xl font-semibold">{o.reviewedAttempts}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Exact-level agreement</dt>
                <dd className="text-2xl font-semibold">{o.exactAgreementPercent}%</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Within one level</dt>
                <dd className="text-2xl font-semibold">{o.withinOnePercent}%</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Mean absolute difference (levels)</dt>
                <dd className="text-2xl font-semibold">{o.meanAbsoluteDifference}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Bias (trainer − automatic)</dt>
                <dd className="text-2xl font-semibold">{o.bias}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Mean score difference</dt>
                <dd className="text-2xl font-semibold">{o.scoreMeanAbsoluteDifference}</dd>
              </div>
            </dl>
          </Card>
          <Card aria-labelledby="per-criterion-heading">
            <h2 id="per-criterion-heading" className="mb-3 text-lg font-semibold">
              Per criterion
            </h2>
            <div className="relative overflow-x-auto" tabIndex={0}>
              <table className="w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 font-medium">
                      Criterion
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Reviews
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Mean abs. difference
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Exact agreement
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Within one
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Bias
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {r.criteria.map((c) => (
                    <tr key={c.criterionId}>
                      <td className="py-2">{c.title}</td>
                      <td className="py-2">{c.pairs}</td>
                      <td className="py-2">{c.meanAbsoluteDifference}</td>
                      <td className="py-2">{c.exactAgreementPercent}%</td>
                      <td className="py-2">{c.withinOnePercent}%</td>
                      <td className="py-2">{c.bias}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
          <Card aria-labelledby="disagree-heading">
            <h2 id="disagree-heading" className="mb-3 text-lg font-semibold">
              Largest disagreements
            </h2>
            {r.disagreements.length === 0 ? (
              <EmptyState>The automatic and trainer levels agree on every reviewed attempt.</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {r.disagreements.map((d) => (
                  <li key={d.attemptId} className="py-2 text-sm">
                    <Link href={`/trainer/reviews/${d.attemptId}`} className="font-medium text-brand-700 underline">
                      {d.learner.name}: {d.title}
                    </Link>{" "}
                    · automatic {d.autoScore} vs trainer {d.trainerScore} · {d.criteriaDiffering} {d.criteriaDiffering === 1 ? "criterion differs" : "criteria differ"} by {d.totalLevelDifference}{" "}
                    {d.totalLevelDifference === 1 ? "level" : "levels"} in all
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
      <Card aria-labelledby="labels-heading">
        <h2 id="labels-heading" className="mb-1 text-lg font-semibold">
          Per technique and pitfall
        </h2>
        <p className="mb-3 text-sm text-slate-700">Turns trainers looked at (released reviews and corrected turns): how often they kept the analyser’s label, and what they added or removed.</p>
        <div className="relative overflow-x-auto" tabIndex={0}>
          <table className="w-full text-left text-sm" data-testid="label-agreement">
            <caption className="sr-only">Label-level agreement between the analyser and trainers</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Label
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Turns
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Agreement
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Added by trainers
                </th>
                <th scope="col" className="py-2 font-medium">
                  Removed by trainers
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {r.labels.map((l) => (
                <tr key={l.label}>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {l.name} <span className="font-normal text-slate-600">({l.kind})</span>
                  </th>
                  <td className="py-2 pr-3">{l.turns}</td>
                  <td className="py-2 pr-3">{l.agreementPercent === null ? "—" : `${l.agreementPercent}%`}</td>
                  <td className="py-2 pr-3">{l.addedByTrainers}</td>
                  <td className="py-2">{l.removedByTrainers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="mt-4">
          <CorrectionsExportButton />
        </div>
      </Card>
    </div>
  );
}
