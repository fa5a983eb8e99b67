import type { Metadata } from "next";
import { contentVersion } from "@defuse/content";
import { PageHeader } from "@/components/ui";
import { courseCardsHtml } from "@/components/learner/curriculum-html";
import { formatDate } from "@/lib/format";
import { CATALOGUE, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Courses" };

export default async function CoursesPage() {
  const modules = await loadPage(CATALOGUE);
  return (
    <div>
      <PageHeader title="Courses" description="Work through the lessons, then check your knowledge. Assigned courses come first." />
      {/* The cards' shared parts are rendered once per content version; see curriculum-html.ts. Escaped text only. */}
      <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" aria-label="Courses" dangerouslySetInnerHTML={{ __html: courseCardsHtml(contentVersion(), modules, formatDate) }} />
    </div>
  );
}
