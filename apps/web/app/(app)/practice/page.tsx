import type { Metadata } from "next";
import { Badge, Card, PageHeader } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage() {
  const api = await serverApi();
  const scenarios = await api.learner.scenarios();
  const sorted = [...scenarios].sort((a, b) => Number(b.assigned) - Number(a.assigned));
  return (
    <div>
      <PageHeader title="Practice" description="Role-play a call with a simulated customer. Type your own replies, or pick from offered ones in branching mode." />
      <ul className="grid gap-4 md:grid-cols-2" aria-label="Scenarios">
        {sorted.map((s) => (
          <li key={s.id}>
            <Card className="flex h-full flex-col gap-2">
              <div className="flex flex-wrap gap-2">
                <Badge tone="info">{s.customerType} customer</Badge>
                <Badge>{s.difficulty}</Badge>
                {s.channel === "chat" ? <Badge tone="info">web chat</Badge> : null}
                {s.assigned ? <Badge tone="warn">Assigned{s.dueAt ? ` · due ${formatDate(s.dueAt)}` : ""}</Badge> : null}
                {s.contentWarning ? <Badge tone="bad">Content warning</Badge> : null}
                {s.madeBy ? <Badge>By {s.madeBy}</Badge> : null}
              </div>
              <h2 className="text-lg font-semibold">
                <a href={`/practice/${s.id}`} className="underline-offset-4 hover:underline">
                  {s.title}
                </a>
              </h2>
              <p className="flex-1 text-sm text-slate-700">{s.summary}</p>
              <p className="text-sm text-slate-700">
                {s.attempts ? (
                  <>
                    Best {s.bestScore}/100 · latest {s.latestScore}/100 ({s.latestPassed ? "passed" : "not passed"}) · {s.attempts} attempt{s.attempts === 1 ? "" : "s"}
                  </>
                ) : (
                  "Not attempted yet"
                )}
                {s.inProgress.length ? " · an attempt is in progress" : ""}
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
