import type { Metadata } from "next";
import Link from "next/link";
import { RubricEditor } from "@/components/authoring/rubric-editor";
import { orNotFound } from "@/components/learner/server";
import { requireUser, serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Edit rubric" };

export default async function EditRubricPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(["TRAINER", "ADMIN"]);
  const { id } = await params;
  const api = await serverApi();
  const r = await orNotFound(api.authoring.rubric({ id }));
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/trainer/scenarios" className="text-brand-700 underline">
          Scenarios
        </Link>{" "}
        /{" "}
        <Link href="/trainer/rubrics" className="text-brand-700 underline">
          Rubrics
        </Link>{" "}
        / <span className="break-words">{r.title}</span>
      </nav>
      <RubricEditor initial={r} />
    </div>
  );
}
