import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { scenarioCardsHtml } from "@/components/learner/practice-html";
import { formatDate } from "@/lib/format";
import { loadPage, PRACTICE } from "@/server/page-reads";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage() {
  const scenarios = await loadPage(PRACTICE);
  const sorted = [...scenarios].sort((a, b) => Number(b.assigned) - Number(a.assigned));
  return (
    <div>
      <PageHeader title="Practice" description="Role-play a call with a simulated customer. Type your own replies, or pick from offered ones in branching mode." />
      {/* The cards as one escaped string (scenarioCardsHtml): a dozen elements per scenario on every view. */}
      <ul className="grid gap-4 md:grid-cols-2" aria-label="Scenarios" dangerouslySetInnerHTML={{ __html: scenarioCardsHtml(sorted, formatDate) }} />
    </div>
  );
}
