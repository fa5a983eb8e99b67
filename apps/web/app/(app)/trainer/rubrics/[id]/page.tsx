import type { Metadata } from "next";
import { RubricEditor } from "@/components/authoring/rubric-editor";
import { orNotFound } from "@/components/learner/server";
import { loadPage, RUBRIC_EDITOR } from "@/server/page-reads";

export const metadata: Metadata = { title: "Edit rubric" };

// Links here are plain anchors (the (app) header's usePlainLinkNavigation makes them client-side navigations),
// which keeps next/link's client code out of this route's first-load JS.
export default async function EditRubricPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await orNotFound(loadPage(RUBRIC_EDITOR, { id }));
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href="/trainer/scenarios" className="text-brand-700 underline">
          Scenarios
        </a>{" "}
        /{" "}
        <a href="/trainer/rubrics" className="text-brand-700 underline">
          Rubrics
        </a>{" "}
        / <span className="break-words">{r.title}</span>
      </nav>
      <RubricEditor initial={r} />
    </div>
  );
}
