import type { inferRouterOutputs, AppRouter } from "@defuse/api";
import { Badge, Card, EmptyState, ProgressBar } from "@/components/ui";
import { formatDate } from "@/lib/format";

type Data = inferRouterOutputs<AppRouter>["dashboard"]["learner"];

const STATUS = {
  NOT_STARTED: { label: "Not started", tone: "neutral" },
  IN_PROGRESS: { label: "In progress", tone: "info" },
  RETRY_REQUIRED: { label: "Re-attempt required", tone: "warn" },
  COMPLETED: { label: "Completed", tone: "good" },
} as const;

export function hrefFor(kind: "MODULE" | "SCENARIO", contentId: string) {
  return kind === "MODULE" ? `/courses/${contentId}` : `/practice/${contentId}`;
}

export function LearnerDashboard({ data, name }: { data: Data; name: string }) {
  // "Welcome back" only once there is something to come back to: not on a first sign-in.
  const returning = !!data.continueWith || data.assignments.some((a) => a.status !== "NOT_STARTED");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          {returning ? "Welcome back" : "Welcome"}, {name.split(" ")[0]}
        </h1>
        <p className="mt-1 text-slate-600">Here is what your trainers have assigned to you.</p>
      </div>
      {data.continueWith ? (
        <Card className="border-brand-100 bg-brand-50">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-brand-800">Continue where you left off</h2>
          <p className="mt-1 text-lg font-medium">
            <a className="underline decoration-2 underline-offset-4 hover:text-brand-700" href={`/courses/${data.continueWith.moduleId}/${data.continueWith.lessonId}`}>
              {data.continueWith.lessonTitle}
            </a>
          </p>
          <p className="text-sm text-slate-700">{data.continueWith.moduleTitle}</p>
        </Card>
      ) : null}
      <Card aria-labelledby="assigned-heading">
        <h2 id="assigned-heading" className="mb-4 text-lg font-semibold">
          Assigned to you
        </h2>
        {data.assignments.length === 0 ? (
          <EmptyState>Nothing is assigned to you yet. You can still explore the courses and practise any scenario.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200" aria-label="Assignments">
            {data.assignments.map((a) => (
              <li key={a.assignmentId} className="flex flex-wrap items-center gap-4 py-4">
                <div className="min-w-56 flex-1">
                  <a href={hrefFor(a.kind, a.contentId)} className="font-medium text-slate-900 underline-offset-4 hover:underline">
                    {a.title}
                  </a>
                  <p className="text-sm text-slate-600">
                    {a.kind === "MODULE" ? "Course" : "Role-play scenario"} · {a.cohortName}
                    {a.kind === "SCENARIO" ? (a.requirement === "PASS" ? ` · pass needed${a.passMark !== null ? ` (${a.passMark})` : ""}` : " · practice: finish once") : ""}
                  </p>
                </div>
                <div className="w-40">
                  <ProgressBar value={a.progress} label={`${a.title} progress`} />
                  <p className="mt-1 text-xs text-slate-600">
                    {a.progress}% {a.bestScore !== null ? `· best score ${a.bestScore}` : ""}
                  </p>
                </div>
                <div className="flex w-48 flex-wrap items-center justify-end gap-2 text-sm">
                  <Badge tone={STATUS[a.status].tone}>{STATUS[a.status].label}</Badge>
                  {a.overdue ? <Badge tone="bad">Overdue</Badge> : null}
                  <span className="text-slate-700">{a.dueAt ? `Due ${formatDate(a.dueAt)}` : "No due date"}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
