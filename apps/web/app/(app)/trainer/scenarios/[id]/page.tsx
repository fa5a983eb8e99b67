import type { Metadata } from "next";
import Link from "next/link";
import { ScenarioEditor } from "@/components/authoring/scenario-editor";
import { orNotFound } from "@/components/learner/server";
import { requireUser, serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Edit scenario" };

export default async function EditScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(["TRAINER", "ADMIN"]);
  const { id } = await params;
  const api = await serverApi();
  const s = await orNotFound(api.authoring.get({ id }));
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/trainer/scenarios" className="text-brand-700 underline">
          Scenarios
        </Link>{" "}
        / <span className="break-words">{s.title}</span>
      </nav>
      <ScenarioEditor initial={s} />
    </div>
  );
}
