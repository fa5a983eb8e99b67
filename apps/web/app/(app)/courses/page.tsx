import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, PageHeader, ProgressBar } from "@/components/ui";
import { minutes } from "@/components/learner/server";
import { formatDate } from "@/lib/format";
import { serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Courses" };

const KIND = { roleplay: "Role-play practice", "emotional-intelligence": "Emotional intelligence", "communication-workshop": "Communication workshop" } as const;
const STATUS = { NOT_STARTED: ["Not started", "neutral"], IN_PROGRESS: ["In progress", "info"], COMPLETED: ["Completed", "good"] } as const;

export default async function CoursesPage() {
  const api = await serverApi();
  const modules = await api.learner.catalogue();
  return (
    <div>
      <PageHeader title="Courses" description="Work through the lessons, then check your knowledge. Assigned courses come first." />
      <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" aria-label="Courses">
        {modules.map((m) => (
          <li key={m.id}>
            <Card className="flex h-full flex-col gap-3">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone="info">{KIND[m.kind as keyof typeof KIND] ?? m.kind}</Badge>
                {m.assigned ? <Badge tone="warn">Assigned{m.dueAt ? ` · due ${formatDate(m.dueAt)}` : ""}</Badge> : null}
                {m.overdue ? <Badge tone="bad">Overdue</Badge> : null}
              </div>
              <h2 className="text-lg font-semibold">
                <Link href={`/courses/${m.id}`} className="underline-offset-4 hover:underline">
                  {m.title}
                </Link>
              </h2>
              <p className="flex-1 text-sm text-slate-700">{m.description}</p>
              <p className="text-sm text-slate-600">
                {m.lessonCount} lessons · about {minutes(m.estimatedMinutes)}
              </p>
              <ProgressBar value={m.progress} label={`${m.title} progress`} />
              <p className="flex items-center justify-between text-sm">
                <span>
                  {m.progress}% · {m.lessonsDone}/{m.lessonsTotal} lessons, {m.checksPassed}/{m.checksTotal} checks
                </span>
                <Badge tone={STATUS[m.status][1]}>{STATUS[m.status][0]}</Badge>
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
