import type { Metadata } from "next";
import { ScenarioEditor } from "@/components/authoring/scenario-editor";
import { orNotFound } from "@/components/learner/server";
import { requireUser, serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Edit scenario" };

// Links here are plain anchors (PlainLinkNavigation in the (app) layout makes them client-side navigations),
// which keeps next/link's client code out of this route's first-load JS.
export default async function EditScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(["TRAINER", "ADMIN"]);
  const { id } = await params;
  const api = await serverApi();
  const s = await orNotFound(api.authoring.get({ id }));
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
