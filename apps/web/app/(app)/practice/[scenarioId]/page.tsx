import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Button, Card } from "@/components/ui";
import { orNotFound } from "@/components/learner/server";
import { StartOverButton } from "@/components/learner/start-over-button";
import { formatDateTime } from "@/lib/format";
import { loadPage, SCENARIO } from "@/server/page-reads";
import { startPracticeAction } from "../actions";

export const metadata: Metadata = { title: "Scenario" };

export default async function ScenarioPage({ params }: { params: Promise<{ scenarioId: string }> }) {
  const { scenarioId } = await params;
  const s = await orNotFound(loadPage(SCENARIO, { scenarioId }));
  const open = (mode: "freeText" | "branching") => s.inProgress.find((a) => a.mode === mode);
  const startForm = (mode: "freeText" | "branching", label: string, description: string) => {
    const resume = open(mode);
    return (
      <Card className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{label}</h2>
        <p className="flex-1 text-sm text-slate-700">{description}</p>
        <form action={startPracticeAction} className="space-y-3">
          <input type="hidden" name="scenarioId" value={s.id} />
          <input type="hidden" name="mode" value={mode} />
          {s.contentWarning && !resume ? (
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium">Intensity</legend>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" name="intensity" value="reduced" defaultChecked className="h-4 w-4" /> Reduced: the customer’s language is toned down
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" name="intensity" value="full" className="h-4 w-4" /> Full: as a real call might sound
              </label>
            </fieldset>
          ) : null}
          <Button type="submit">
            {resume ? `Resume ${mode === "branching" ? "branching" : "free-text"} attempt` : mode === "branching" ? "Start branching practice" : "Start free-text practice"}
          </Button>
        </form>
        {resume ? (
          <form action={startPracticeAction}>
            <input type="hidden" name="scenarioId" value={s.id} />
            <input type="hidden" name="mode" value={mode} />
            <input type="hidden" name="restart" value="1" />
            <StartOverButton />
          </form>
        ) : null}
      </Card>
    );
  };
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/practice" className="text-brand-700 underline">
          Practice
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{s.title}</h1>
        <p className="mt-1 text-slate-700">{s.summary}</p>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge tone="info">{s.customerType} customer</Badge>
          <Badge>{s.difficulty}</Badge>
          {s.channel === "chat" ? <Badge tone="info">web chat</Badge> : null}
          {s.madeBy ? <Badge>By {s.madeBy}</Badge> : null}
        </div>
      </header>
      {s.contentWarning ? (
        <section aria-labelledby="cw-heading" className="rounded-xl border-2 border-amber-400 bg-amber-50 p-5">
          <h2 id="cw-heading" className="font-semibold text-amber-900">
            Content warning
          </h2>
          <p className="mt-1">{s.contentWarning}</p>
          <p className="mt-2 text-sm">You can choose a reduced intensity, pause at any time during the call, and stop whenever you like. A short debrief follows.</p>
        </section>
      ) : null}
      <Card aria-labelledby="brief-heading">
        <h2 id="brief-heading" className="font-semibold">
          Your caller: {s.persona.name}
        </h2>
        <p className="mt-1 text-slate-700">{s.persona.situation}</p>
      </Card>
      <div className="grid gap-4 md:grid-cols-2">
        {startForm("freeText", "Free text", "Type your own replies. After every reply you see the customer’s answer, the tension meter and why it moved. Hints suggest a technique.")}
        {startForm("branching", "Branching", "Pick one of the offered replies and see its feedback and effect. A good warm-up before free text.")}
      </div>
      {s.recent.length ? (
        <Card aria-labelledby="recent-heading">
          <h2 id="recent-heading" className="mb-2 font-semibold">
            Your recent attempts
          </h2>
          <ul className="divide-y divide-slate-100">
            {s.recent.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <Link href={`/practice/${s.id}/${a.id}`} className="text-brand-700 underline">
                  {formatDateTime(a.completedAt ?? a.startedAt)} · {a.mode === "branching" ? "branching" : "free text"}
                </Link>
                {a.status === "ABANDONED" ? (
                  <Badge>Abandoned</Badge>
                ) : (
                  <span>
                    {a.score}/100 <Badge tone={a.passed ? "good" : "bad"}>{a.passed ? "Passed" : "Not passed"}</Badge>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
