import type { Metadata } from "next";
import { ScenarioEditor } from "@/components/authoring/scenario-editor";
import { orNotFound } from "@/components/learner/server";
import { loadPage, SCENARIO_EDITOR } from "@/server/page-reads";

export const metadata: Metadata = { title: "Edit scenario" };

// Links here are plain anchors (the (app) header's usePlainLinkNavigation makes them client-side navigations),
// which keeps next/link's client code out of this route's first-load JS.
export default async function EditScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const s = await orNotFound(loadPage(SCENARIO_EDITOR, { id }));
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href="/trainer/scenarios" className="text-brand-700 underline">
          Scenarios
        </a>{" "}
        / <span className="break-words">{s.title}</span>
      </nav>
      <ScenarioEditor initial={s} />
    </div>
  );
}
