import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui";
import { CreateRubricButton } from "@/components/authoring/rubric-actions";
import { loadPage, RUBRICS } from "@/server/page-reads";

export const metadata: Metadata = { title: "Rubrics" };

const STATUS = { DRAFT: { label: "Draft", tone: "warn" }, PUBLISHED: { label: "Published", tone: "good" }, ARCHIVED: { label: "Archived", tone: "neutral" } } as const;

/** The organisation's own rubrics and the built-in ones they start from (issue 13). */
export default async function RubricsPage() {
  const { builtIn, authored } = await loadPage(RUBRICS);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/trainer/scenarios" className="text-brand-700 underline">
          Scenarios
        </Link>{" "}
        / Rubrics
      </nav>
      <PageHeader
        title="Rubrics"
        description="Score your scenarios your way: duplicate a rubric, change its criteria, weights, level descriptors, critical behaviours and pass mark, then publish it and choose it in a scenario."
      />
      <Card aria-labelledby="own-rubrics-heading">
        <h2 id="own-rubrics-heading" className="text-lg font-semibold">
          Your organisation&apos;s rubrics
        </h2>
        {authored.length === 0 ? (
          <div className="mt-3">
            <EmptyState>None yet. Duplicate a built-in rubric below.</EmptyState>
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200">
            {authored.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <Link href={`/trainer/rubrics/${r.id}`} className="font-medium break-words text-brand-700 underline">
                    {r.title}
                  </Link>
                  <p className="text-sm break-all text-slate-600">
                    {r.key}
                    {r.basedOn ? ` · based on ${r.basedOn}` : ""}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
                  <span className="text-sm text-slate-700">{r.publishedVersion ? `version ${r.publishedVersion}` : "not published"}</span>
                  <CreateRubricButton from={r.key} label="Duplicate" ariaLabel={`Duplicate ${r.title}`} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card aria-labelledby="builtin-rubrics-heading">
        <h2 id="builtin-rubrics-heading" className="text-lg font-semibold">
          Built-in rubrics
        </h2>
        <p className="mt-1 text-slate-700">These cannot be changed; duplicate one to make your own version.</p>
        <ul className="mt-3 divide-y divide-slate-200">
          {builtIn.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div className="min-w-0">
                <p className="font-medium">{r.title}</p>
                <p className="text-sm text-slate-600">
                  {r.id} · version {r.version} · {r.criteria} criteria · pass mark {r.passMark}
                </p>
              </div>
              <CreateRubricButton from={r.id} label="Duplicate" ariaLabel={`Duplicate ${r.title}`} />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
