import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui";
import { CreateScenarioButton, ImportScenarios } from "@/components/authoring/list-actions";
import { loadPage, SCENARIOS } from "@/server/page-reads";

export const metadata: Metadata = { title: "Scenarios" };

const STATUS = { DRAFT: { label: "Draft", tone: "warn" }, PUBLISHED: { label: "Published", tone: "good" }, ARCHIVED: { label: "Archived", tone: "neutral" } } as const;

/** The organisation's own scenarios and the built-in library they start from (issue 13). */
export default async function ScenariosPage() {
  const { builtIn, authored } = await loadPage(SCENARIOS);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Scenarios"
        description="Write your own practice calls: start from a built-in scenario or a blank one, then publish it for your cohorts."
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <Link href="/trainer/rubrics" className="font-medium text-brand-700 underline">
              Rubrics
            </Link>
            <CreateScenarioButton from={null} label="New blank scenario" />
          </div>
        }
      />
      <Card aria-labelledby="own-heading">
        <h2 id="own-heading" className="text-lg font-semibold">
          Your organisation&apos;s scenarios
        </h2>
        {authored.length === 0 ? (
          <div className="mt-3">
            <EmptyState>None yet. Duplicate a built-in scenario below, start a blank one or import a file.</EmptyState>
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200">
            {authored.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <Link href={`/trainer/scenarios/${s.id}`} className="font-medium break-words text-brand-700 underline">
                    {s.title}
                  </Link>
                  <p className="text-sm break-all text-slate-600">
                    {s.key}
                    {s.basedOn ? ` · based on ${s.basedOn}` : ""}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  <Badge tone={STATUS[s.status].tone}>{STATUS[s.status].label}</Badge>
                  <span className="text-sm text-slate-700">{s.publishedVersion ? `version ${s.publishedVersion}` : "not published"}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card aria-labelledby="import-heading">
        <h2 id="import-heading" className="text-lg font-semibold">
          Import
        </h2>
        <ImportScenarios />
      </Card>
      <Card aria-labelledby="builtin-heading">
        <h2 id="builtin-heading" className="text-lg font-semibold">
          Built-in scenarios
        </h2>
        <p className="mt-1 text-slate-700">These cannot be changed; duplicate one to make your own version.</p>
        <ul className="mt-3 divide-y divide-slate-200">
          {builtIn.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div className="min-w-0">
                <p className="font-medium">{s.title}</p>
                <p className="text-sm text-slate-600">
                  {s.id} · caller {s.customerName}
                </p>
              </div>
              <CreateScenarioButton from={s.id} label={`Duplicate`} ariaLabel={`Duplicate ${s.title}`} />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
